urlpatterns: list = []  # the Instagram webhook is added by youthdesk/connectors/instagram
