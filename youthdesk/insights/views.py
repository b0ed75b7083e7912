from django.shortcuts import render

from youthdesk.accounts.decorators import requires


@requires("insights.all")
def index(request):
    return render(request, "home.html")
