"""`youthdesk play_traffic --url http://127.0.0.1:8000 --count N --rate R --duplicates 0.2`: signed demo traffic."""

from django.conf import settings
from django.core.management.base import BaseCommand

from youthdesk.connectors.instagram.traffic import deliveries_make, deliveries_play


class Command(BaseCommand):
    help = "Play realistic synthetic Instagram DMs and comments through the real, signed webhook."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000")
        parser.add_argument("--count", type=int, default=50, help="deliveries to send")
        parser.add_argument(
            "--rate", type=float, default=5.0, help="deliveries per second (0: as fast as possible)"
        )
        parser.add_argument("--duplicates", type=float, default=0.2, help="share of redeliveries")
        parser.add_argument("--senders", type=int, default=4, help="concurrent senders")
        parser.add_argument("--seed", type=int, default=None)
        parser.add_argument("--secret", default=None, help="app secret (default: the configured one)")

    def handle(self, *args, url, count, rate, duplicates, senders, seed, secret, **options):
        if not 0 <= duplicates < 1:
            self.stderr.write("--duplicates must be between 0 and 1")
            return
        import random

        bodies, ids = deliveries_make(
            count=count,
            account_id=settings.INSTAGRAM_ACCOUNT_ID,
            duplicates=duplicates,
            seed=seed if seed is not None else random.SystemRandom().randrange(10**9),
        )
        webhook = url.rstrip("/") + "/webhooks/instagram"
        self.stdout.write(f"Playing {len(bodies)} deliveries ({len(ids)} distinct messages) to {webhook}")
        result = deliveries_play(
            url=webhook,
            bodies=bodies,
            secret=secret or settings.INSTAGRAM_APP_SECRET,
            rate=rate,
            senders=senders,
        )
        self.stdout.write(
            f"accepted {result.accepted}/{len(bodies)} in {result.seconds:.1f}s; "
            f"answers by status {dict(sorted(result.statuses.items()))}; "
            f"p50 {result.percentile(50) * 1000:.1f} ms, p99 {result.percentile(99) * 1000:.1f} ms"
        )
