import logging

from django.core.management.base import BaseCommand

from youthdesk.demo.users import DEMO_PASSWORD, demo_users_ensure


class Command(BaseCommand):
    help = "Load the synthetic demo data (users for every role, conversations, engagements) and print the logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="only load data when there are no conversations yet"
        )
        parser.add_argument("--conversations", type=int, default=2000)
        parser.add_argument("--days", type=int, default=90)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, if_empty, conversations, days, seed, **options):
        from youthdesk.conversations.models import Conversation

        users = demo_users_ensure()
        if not (if_empty and Conversation.objects.exists()):
            try:
                from youthdesk.demo.generate import demo_generate
            except ImportError:
                demo_generate = None
            if demo_generate is not None:
                # Past escalations are recreated by the hundred; their live warnings would bury the progress bar.
                quiet = logging.getLogger("youthdesk.safeguarding")
                level = quiet.level
                quiet.setLevel(logging.ERROR)
                try:
                    demo_generate(conversations=conversations, days=days, seed=seed, stdout=self.stdout)
                finally:
                    quiet.setLevel(level)
        self.stdout.write("Demo logins (password for all: %s):" % DEMO_PASSWORD)
        for user in users:
            self.stdout.write(f"  {user.username:<14} {user.get_role_display()}  ({user.organisation})")
