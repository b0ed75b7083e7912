from django.core.management.base import BaseCommand, CommandError

from youthdesk.accounts.models import User
from youthdesk.accounts.services import apitoken_issue


class Command(BaseCommand):
    help = "Issue an API token for USERNAME; the token is the last word printed."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user called {username!r}")
        self.stdout.write(f"API token for {username}: {apitoken_issue(user=user)}")
