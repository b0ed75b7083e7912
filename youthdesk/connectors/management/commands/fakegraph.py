"""`youthdesk fakegraph --port 8765`: a fake Graph API on loopback so demos can send Instagram replies."""

import time

from django.core.management.base import BaseCommand

from youthdesk.connectors.instagram.fakegraph import FakeGraphServer


class Command(BaseCommand):
    help = "Run a fake Meta Graph API on 127.0.0.1 (point YOUTHDESK_GRAPH_API_URL at it)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--token", default="", help="refuse other page tokens (Graph error 190)")

    def handle(self, *args, port, token, **options):
        server = FakeGraphServer(port=port, token=token).start()
        self.stdout.write(f"Fake Graph API on {server.url} (Ctrl+C stops)")
        seen = 0
        try:
            while True:
                time.sleep(0.5)
                requests = server.state.sent()
                for request in requests[seen:]:
                    self.stdout.write(f"POST {request['path']} {request['body']}")
                seen = len(requests)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
