"""YouthDesk: a safeguarding-first engagement desk for police youth-engagement teams."""
