from allauth.account.adapter import DefaultAccountAdapter


class NoSignupAdapter(DefaultAccountAdapter):
    """Accounts are made by administrators; nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False
