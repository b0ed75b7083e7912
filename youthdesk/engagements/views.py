from django.shortcuts import render

from youthdesk.accounts.decorators import requires


@requires("taxonomy.manage")
def index(request):
    return render(request, "home.html")
