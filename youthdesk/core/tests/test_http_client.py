"""The outbound client verifies TLS with one context per process instead of loading the CA bundle per request."""

import ssl

from youthdesk.core import http


def test_every_client_shares_one_verifying_tls_context():
    first, second = http.client(), http.client()
    try:
        context = http._tls_context()
        assert context is http._tls_context()
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert context.cert_store_stats()["x509_ca"] > 0  # the CA bundle httpx trusts by default is loaded
        for c in (first, second):
            assert c._transport._pool._ssl_context is context
    finally:
        first.close()
        second.close()
