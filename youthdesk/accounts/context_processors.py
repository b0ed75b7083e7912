from youthdesk.accounts.permissions import capabilities


def role(request):
    """The signed-in user's capabilities, so templates show only what the role may use."""
    return {"caps": capabilities(getattr(request, "user", None))}
