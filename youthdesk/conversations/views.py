from django.shortcuts import render

from youthdesk.accounts.decorators import requires


@requires("inbox.view")
def index(request):
    return render(request, "home.html")
