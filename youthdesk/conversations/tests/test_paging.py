"""Paging the inbox: every conversation reachable, none skipped or shown twice, filters and order kept."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from youthdesk.conversations import selectors
from youthdesk.conversations.models import Contact, Conversation
from youthdesk.conversations.paging import OPEN_ORDER, CursorError, cursor_decode, cursor_encode


@pytest.fixture(autouse=True)
def _two_factor_off(settings):
    settings.YOUTHDESK_REQUIRE_MFA = False


@pytest.fixture
def officer(make_user):
    return make_user("officer1", "officer")


@pytest.fixture
def logged_in(client, officer):
    client.force_login(officer)
    return client


def _conversations(count, *, start=0, channel="webchat", status="open", ties=7, now=None, **fields):
    """`count` conversations in few distinct grades and waiting times, so many rows tie on both."""
    now = now or timezone.now().replace(microsecond=0)
    contacts = Contact.objects.bulk_create(
        Contact(channel=channel, external_id=f"{channel}-{start + n}", handle=f"yp_{start + n:04d}")
        for n in range(count)
    )
    rows = []
    for n, contact in enumerate(contacts):
        rank = (start + n) % 3
        waiting = None if (start + n) % 5 == 0 else now - timedelta(minutes=(start + n) % ties)
        values = {"grade": ("standard", "medium", "high")[rank], "grade_rank": rank, **fields}
        rows.append(
            Conversation(
                contact=contact,
                channel=channel,
                status=status,
                waiting_since=waiting if status == "open" else None,
                opened_at=now - timedelta(hours=1),
                # Only two distinct last-message times: ties all the way down to the id.
                last_message_at=now - timedelta(minutes=(start + n) % 2),
                closed_at=now - timedelta(minutes=(start + n) % ties) if status == "closed" else None,
                **values,
            )
        )
    return Conversation.objects.bulk_create(rows)


def _walk_forward(user, **filters):
    pages, cursor = [], ""
    while True:
        page = selectors.inbox_page(user=user, after=cursor, limit=40, **filters)
        pages.append(page)
        if not page.next_cursor:
            return pages
        cursor = page.next_cursor


# ---- the selector ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_walking_the_pages_reaches_every_conversation_once_in_queue_order(officer):
    _conversations(230)
    expected = list(selectors.inbox_queue(user=officer, view="open").values_list("pk", flat=True))
    pages = _walk_forward(officer, view="open")
    seen = [row.pk for page in pages for row in page.rows]
    assert len(expected) == 230
    assert seen == expected  # same order, nothing skipped, nothing twice
    assert [len(p.rows) for p in pages] == [40, 40, 40, 40, 40, 30]
    assert [p.first_number for p in pages] == [1, 41, 81, 121, 161, 201]
    assert {p.total for p in pages} == {230}
    assert pages[0].previous_cursor is None and pages[-1].next_cursor is None


@pytest.mark.django_db
def test_walking_back_from_the_last_page_shows_the_same_pages(officer):
    _conversations(130)
    forward = _walk_forward(officer, view="open")
    back, cursor = [], forward[-1].previous_cursor
    while cursor:
        page = selectors.inbox_page(user=officer, view="open", before=cursor, limit=40)
        back.append([row.pk for row in page.rows])
        cursor = page.previous_cursor
    assert back[::-1] == [[row.pk for row in page.rows] for page in forward[:-1]]


@pytest.mark.django_db
def test_the_order_is_grade_then_longest_waiting_then_not_waiting(officer):
    _conversations(60)
    rows = [row for page in _walk_forward(officer, view="open") for row in page.rows]
    keys = [
        (
            -row.grade_rank,
            row.waiting_since is None,
            row.waiting_since or timezone.now(),
            -row.last_message_at.timestamp(),
            row.pk,
        )
        for row in rows
    ]
    assert keys == sorted(keys)


@pytest.mark.django_db
def test_the_closed_view_pages_by_closing_time_with_ties(officer):
    _conversations(95, status="closed", ties=3)
    _conversations(10, start=500)  # open ones are not in the closed view
    pages = _walk_forward(officer, view="closed")
    seen = [row.pk for page in pages for row in page.rows]
    assert len(seen) == len(set(seen)) == 95
    assert seen == list(selectors.inbox_queue(user=officer, view="closed").values_list("pk", flat=True))


@pytest.mark.django_db
def test_filters_apply_to_every_page_and_to_the_total(officer):
    _conversations(120, channel="webchat")
    _conversations(50, start=1000, channel="instagram", force_name="Kent Police")
    pages = _walk_forward(officer, view="waiting_us", channel="instagram", force="Kent Police")
    rows = [row for page in pages for row in page.rows]
    assert len(rows) == 40  # 50 minus the 10 not waiting (every fifth)
    assert {row.channel for row in rows} == {"instagram"}
    assert all(row.waiting_since is not None for row in rows)
    assert {page.total for page in pages} == {40}


@pytest.mark.django_db
def test_a_new_conversation_at_the_top_does_not_shift_a_later_page(officer):
    _conversations(100)
    first = selectors.inbox_page(user=officer, view="open", limit=40)
    second = selectors.inbox_page(user=officer, view="open", after=first.next_cursor, limit=40)
    _conversations(5, start=9000, grade="immediate", grade_rank=3)  # would push every offset by 5
    again = selectors.inbox_page(user=officer, view="open", after=first.next_cursor, limit=40)
    assert [r.pk for r in again.rows] == [r.pk for r in second.rows]
    assert again.total == 105 and again.first_number == 46


@pytest.mark.django_db
def test_a_cursor_that_is_not_ours_gives_the_first_page_and_says_so(officer):
    _conversations(50)
    for bad in ("not-base64!", cursor_encode(OPEN_ORDER, (1, None)), "WyJ4IiwxLDIsM10"):
        page = selectors.inbox_page(user=officer, view="open", after=bad, limit=40)
        assert page.first_number == 1 and page.previous_cursor is None
        assert "could not be used" in page.cursor_error
    with pytest.raises(CursorError):
        cursor_decode(OPEN_ORDER, cursor_encode(OPEN_ORDER, (1, "2026-11-22T10:00:00", "x", 3)))


@pytest.mark.django_db
def test_next_and_previous_conversation_cross_page_boundaries(officer):
    _conversations(150)
    ids = list(selectors.inbox_queue(user=officer, view="open").values_list("pk", flat=True))
    at = Conversation.objects.get(pk=ids[99])  # last row of the first page of 100
    previous, following = selectors.conversation_neighbours(user=officer, conversation=at)
    assert (previous, following) == (ids[98], ids[100])
    last = Conversation.objects.get(pk=ids[-1])
    assert selectors.conversation_neighbours(user=officer, conversation=last) == (ids[-2], None)
    first = Conversation.objects.get(pk=ids[0])
    assert selectors.conversation_neighbours(user=officer, conversation=first) == (None, ids[1])


@pytest.mark.django_db
def test_neighbours_stay_within_the_filtered_view(officer):
    _conversations(40, channel="webchat")
    _conversations(40, start=100, channel="instagram")
    ids = list(
        selectors.inbox_queue(user=officer, view="open", channel="instagram").values_list("pk", flat=True)
    )
    at = Conversation.objects.get(pk=ids[10])
    assert selectors.conversation_neighbours(user=officer, conversation=at, channel="instagram") == (
        ids[9],
        ids[11],
    )


# ---- the pages ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_inbox_shows_the_total_the_range_and_a_link_to_the_next_page(logged_in):
    _conversations(130, channel="webchat")
    _conversations(20, start=500, channel="instagram")
    response = logged_in.get(reverse("inbox") + "?view=open&channel=webchat")
    html = response.content.decode()
    page = response.context["page"]
    assert response.status_code == 200
    assert page.total == 130 and len(response.context["rows"]) == 100
    assert 'showing <span class="queue-range">1–100</span>' in html
    next_url = response.context["next_url"]
    assert "channel=webchat" in next_url and "after=" in next_url
    assert response.context["previous_url"] is None
    # Every row links to its conversation with the view's filters, so next/previous stay in the view.
    assert all(row.href.endswith("?channel=webchat") for row in response.context["rows"])

    second = logged_in.get(next_url)
    rows = second.context["rows"]
    assert len(rows) == 30 and second.context["next_url"] is None
    assert "101–130" in second.content.decode()
    assert {r.pk for r in rows}.isdisjoint({r.pk for r in response.context["rows"]})
    assert "before=" in second.context["previous_url"]
    tabs = {value: count for value, _, count in second.context["views"]}
    assert tabs["open"] == 130  # the tab counts follow the channel filter


@pytest.mark.django_db
def test_polling_a_later_page_keeps_that_page_and_answers_204_when_unchanged(logged_in):
    _conversations(150)
    first = logged_in.get(reverse("inbox"))
    second = logged_in.get(first.context["next_url"])
    version = second.context["version"]
    poll_url = first.context["next_url"] + f"&v={version}"
    assert logged_in.get(poll_url, HTTP_HX_REQUEST="true").status_code == 204
    # Something changes on page 2: the poll answers with the fragment of page 2, not page 1.
    moved = second.context["rows"][5]
    Conversation.objects.filter(pk=moved.pk).update(force_name="Kent Police")
    fragment = logged_in.get(poll_url, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    assert [r.pk for r in fragment.context["rows"]] == [r.pk for r in second.context["rows"]]
    assert "<html" not in fragment.content.decode()


@pytest.mark.django_db
def test_the_conversation_page_links_next_across_pages_and_back_to_the_same_view(logged_in):
    _conversations(120, channel="instagram")
    response = logged_in.get(reverse("inbox") + "?channel=instagram")
    last_row = response.context["rows"][-1]
    page = logged_in.get(last_row.href)
    html = page.content.decode()
    second = logged_in.get(response.context["next_url"])
    following = second.context["rows"][0]
    assert f'data-next="{reverse("conversation", args=[following.pk])}?channel=instagram"' in html
    assert f'data-inbox="{reverse("inbox")}?channel=instagram"' in html


@pytest.mark.django_db
def test_the_page_query_count_does_not_grow_with_depth(logged_in):
    _conversations(260)
    logged_in.get(reverse("inbox"))
    with CaptureQueriesContext(connection) as first_page:
        first = logged_in.get(reverse("inbox"))
    second_url = first.context["next_url"]
    with CaptureQueriesContext(connection) as second_page:
        second = logged_in.get(second_url)
    with CaptureQueriesContext(connection) as third_page:
        logged_in.get(second.context["next_url"])
    # A later page counts the rows before it (for "showing 101-200"): one query more than the first.
    assert len(second_page) == len(third_page) == len(first_page) + 1
    assert len(third_page) <= 9
