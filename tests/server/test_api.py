"""The REST API against a real uvicorn, on SQLite and on PostgreSQL: every endpoint,
sign-in, who sees what, and bad input (always a 4xx problem+json, never a 500)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from course_studio.domain.ids import new_id
from tests.livestack import PASSWORD, Account, LiveServer

PROBLEM = "application/problem+json"


def problem(response: httpx.Response, status: int, field: str | None = "?") -> dict[str, Any]:
    """The response is an RFC 9457 problem with this status and a sentence."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["type"]
    detail = body["detail"]
    assert (detail[0].isupper() or detail[0].isdigit()) and detail.rstrip()[-1] in ".)", detail
    if field != "?":
        assert body.get("field") == field, body
    return body


@pytest.fixture(scope="module")
def ada(server: LiveServer) -> Account:
    return server.account("ada")


@pytest.fixture(scope="module")
def bob(server: LiveServer) -> Account:
    return server.account("bob")


@pytest.fixture(scope="module")
def api(server: LiveServer, ada: Account) -> httpx.Client:
    return server.client(ada)


@pytest.fixture(scope="module")
def bapi(server: LiveServer, bob: Account) -> httpx.Client:
    return server.client(bob)


@pytest.fixture(scope="module")
def course(api: httpx.Client) -> dict[str, Any]:
    response = api.post(
        "/courses",
        json={
            "code": "cs101",
            "title": "Programming in Python",
            "term": "Fall 2026",
            "tags": ["python", "Beginner"],
            "start_date": "2026-09-01",
            "end_date": "2026-12-15",
            "capacity": 2,
        },
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_health_and_openapi(server: LiveServer) -> None:
    with server.client() as anon:
        health = anon.get("/health").json()
        assert health["status"] == "ok" and health["database"] == server.backend
    spec = httpx.get(f"{server.url}/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/v1/auth/token",
        "/api/v1/courses",
        "/api/v1/courses/{course_id}",
        "/api/v1/instructors/me/courses",
        "/api/v1/courses/{course_id}/enrollments",
        "/api/v1/enrollments/{enrollment_id}",
        "/api/v1/courses/{course_id}/progress",
        "/api/v1/progress-events",
        "/api/v1/sync/push",
        "/api/v1/sync/changes",
    ):
        assert path in paths, path
    assert set(paths["/api/v1/courses/{course_id}"]) >= {"get", "patch", "delete"}
    assert spec["components"]["schemas"]["CourseIn"]["properties"]["code"]["type"] == "string"


def test_sign_in(server: LiveServer, ada: Account) -> None:
    with server.client() as anon:
        good = anon.post("/auth/token", data={"username": ada.username, "password": PASSWORD})
        assert good.status_code == 200
        body = good.json()
        assert body["token_type"] == "bearer" and body["expires_in"] > 0
        assert body["access_token"] != ada.token
        wrong = anon.post("/auth/token", data={"username": ada.username, "password": "nope"})
        assert problem(wrong, 401)["detail"] == "The user name or the password is wrong."
        assert wrong.headers["www-authenticate"].startswith("Bearer")
        nobody = anon.post("/auth/token", data={"username": "nobody", "password": "x"})
        problem(nobody, 401)
        missing = anon.post("/auth/token", data={"username": ada.username})
        problem(missing, 422, "password")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/courses"),
        ("POST", "/courses"),
        ("GET", "/courses/x"),
        ("PATCH", "/courses/x"),
        ("DELETE", "/courses/x"),
        ("GET", "/instructors/me"),
        ("GET", "/instructors/me/courses"),
        ("GET", "/courses/x/enrollments"),
        ("POST", "/courses/x/enrollments"),
        ("PATCH", "/enrollments/x"),
        ("DELETE", "/enrollments/x"),
        ("GET", "/courses/x/progress"),
        ("POST", "/progress-events"),
        ("POST", "/sync/push"),
        ("GET", "/sync/changes"),
        ("GET", "/sync/snapshot"),
    ],
)
def test_no_token_is_401(server: LiveServer, method: str, path: str) -> None:
    with server.client() as anon:
        problem(anon.request(method, path, json={}), 401)
        bad = anon.request(method, path, json={}, headers={"Authorization": "Bearer nonsense"})
        assert problem(bad, 401)["detail"] == "This access token is not valid; sign in again."


def test_an_expired_token_is_refused(server: LiveServer) -> None:
    someone = server.account("expiring")
    server.clock.now = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=31)
    try:
        with server.client(someone) as client:
            body = problem(client.get("/courses"), 401)
            assert "expired" in body["detail"]
    finally:
        server.clock.now = None


def test_course_crud(api: httpx.Client, ada: Account) -> None:
    created = api.post("/courses", json={"code": "bio-200", "title": "Cells and  tissues"})
    assert created.status_code == 201
    course = created.json()
    assert course["code"] == "BIO-200" and course["title"] == "Cells and tissues"
    assert course["owner_id"] == ada.id and course["status"] == "draft"
    assert created.headers["location"].endswith(course["id"])
    got = api.get(f"/courses/{course['id']}")
    assert got.json()["code"] == "BIO-200" and got.headers["etag"] == f'"{course["version"]}"'
    patched = api.patch(f"/courses/{course['id']}", json={"title": "Cells", "tags": "a b"})
    assert patched.status_code == 200
    assert patched.json()["title"] == "Cells" and patched.json()["tags"] == ["a", "b"]
    assert patched.json()["version"] > course["version"]
    stale = api.patch(
        f"/courses/{course['id']}", json={"title": "Old view"}, headers={"If-Match": '"1"'}
    )
    problem(stale, 412)
    assert api.get(f"/courses/{course['id']}").json()["title"] == "Cells"
    assert api.delete(f"/courses/{course['id']}").status_code == 204
    problem(api.get(f"/courses/{course['id']}"), 404)
    problem(api.delete(f"/courses/{course['id']}"), 404)


def test_listing_filters_and_pages(api: httpx.Client, course: dict[str, Any]) -> None:
    for i in range(5):
        api.post("/courses", json={"code": f"LIST{i}", "title": f"Listed course {i}"})
    first = api.get("/courses", params={"q": "listed", "limit": 2}).json()
    assert [c["code"] for c in first["items"]] == ["LIST0", "LIST1"]
    assert first["next_cursor"]
    second = api.get("/courses", params={"q": "listed", "limit": 2, "cursor": first["next_cursor"]})
    assert [c["code"] for c in second.json()["items"]] == ["LIST2", "LIST3"]
    found = api.get("/courses", params={"q": "PYTHON fall"}).json()["items"]
    assert [c["code"] for c in found] == ["CS101"]
    mine = api.get("/instructors/me/courses", params={"q": "cs101"}).json()["items"]
    assert mine[0]["id"] == course["id"] and mine[0]["role"] == "owner"
    assert api.get("/courses", params={"q": "no-such-words"}).json() == {
        "items": [],
        "next_cursor": None,
    }


def test_bad_course_input_gets_the_apps_sentences(
    api: httpx.Client, course: dict[str, Any]
) -> None:
    cases: list[tuple[dict[str, Any], int, str, str]] = [
        ({"title": "No code"}, 422, "code", "Every course needs a code, for example CS101."),
        ({"code": "1AB", "title": "Okay title"}, 422, "code", "A course code starts with"),
        ({"code": "OK1", "title": 5}, 422, "title", "The title must be text."),
        ({"code": "OK1", "title": "Fine", "capacity": 0}, 422, "capacity", "The capacity is at"),
        ({"code": "OK1", "title": "Fine", "start_date": "soon"}, 422, "start_date", "The start"),
        ({"code": "OK1", "title": "Fine", "color": "red"}, 422, "color", "A course has no field"),
        ({"code": "cs101", "title": "Again"}, 409, "code", "You already have a course"),
        (
            {"code": "OK1", "title": "Fine", "start_date": "2026-09-01", "end_date": "2026-01-01"},
            422,
            "end_date",
            "The end date (1 Jan 2026) must be on or after the start date (1 Sep 2026).",
        ),
    ]
    for body, status, field, text in cases:
        answer = problem(api.post("/courses", json=body), status, field)
        assert answer["detail"].startswith(text), answer
    problem(api.post("/courses", json=["not", "an", "object"]), 422)
    problem(
        api.post("/courses", content=b"{oops", headers={"Content-Type": "application/json"}), 400
    )
    problem(api.patch(f"/courses/{course['id']}", json={"capacity": "many"}), 422, "capacity")
    problem(api.patch(f"/courses/{course['id']}", json={"owner_id": new_id()}), 422, "owner_id")
    problem(api.patch(f"/courses/{course['id']}", json={}, headers={"If-Match": "x"}), 422)
    problem(api.get("/courses", params={"limit": 0}), 422, "limit")
    problem(api.get("/courses", params={"limit": "many"}), 422, "limit")
    problem(api.get("/courses", params={"cursor": "!!!"}), 422, "cursor")
    problem(api.get("/courses", params={"q": "x" * 600}), 422, "q")
    assert api.get(f"/courses/{course['id']}").json()["title"] == "Programming in Python"


def test_another_instructors_course_is_404(
    api: httpx.Client, bapi: httpx.Client, course: dict[str, Any]
) -> None:
    cid = course["id"]
    problem(bapi.get(f"/courses/{cid}"), 404)
    problem(bapi.patch(f"/courses/{cid}", json={"title": "Taken over"}), 404)
    problem(bapi.delete(f"/courses/{cid}"), 404)
    problem(bapi.get(f"/courses/{cid}/enrollments"), 404)
    problem(bapi.post(f"/courses/{cid}/enrollments", json={"email": "x@example.org"}), 404)
    problem(bapi.get(f"/courses/{cid}/progress"), 404)
    assert cid not in [c["id"] for c in bapi.get("/courses").json()["items"]]
    assert api.get(f"/courses/{cid}").json()["title"] == "Programming in Python"


def test_co_instructors(server: LiveServer, ada: Account, api: httpx.Client) -> None:
    carol = server.account("carol")
    mine = api.post("/courses", json={"code": "TEAM1", "title": "Team taught"}).json()
    with server.client(carol) as capi:
        problem(capi.get(f"/courses/{mine['id']}"), 404)
        added = api.post(f"/courses/{mine['id']}/instructors", json={"username": carol.username})
        assert added.status_code == 201 and carol.id in added.json()["instructor_ids"]
        assert capi.get(f"/courses/{mine['id']}").status_code == 200
        assert capi.patch(f"/courses/{mine['id']}", json={"title": "Co-edited"}).status_code == 200
        status = capi.patch(f"/courses/{mine['id']}", json={"status": "published"})
        assert (
            problem(status, 403)["detail"]
            == "Only Ada, who owns TEAM1, can change the status of it."
        )
        problem(capi.delete(f"/courses/{mine['id']}"), 403)
        listed = capi.get("/instructors/me/courses").json()["items"]
        assert [(c["code"], c["role"]) for c in listed] == [("TEAM1", "co_instructor")]
        problem(
            capi.post(f"/courses/{mine['id']}/instructors", json={"instructor_id": carol.id}), 403
        )
        gone = api.delete(f"/courses/{mine['id']}/instructors/{carol.id}")
        assert gone.status_code == 204
        problem(capi.get(f"/courses/{mine['id']}"), 404)
    problem(api.delete(f"/courses/{mine['id']}/instructors/{ada.id}"), 422)
    problem(api.post(f"/courses/{mine['id']}/instructors", json={"username": "nobody"}), 404)


def test_instructors_and_admins(server: LiveServer, api: httpx.Client, ada: Account) -> None:
    me = api.get("/instructors/me").json()
    assert me["id"] == ada.id and me["is_admin"] is False
    assert ada.id in [i["id"] for i in api.get("/instructors", params={"q": "ada"}).json()["items"]]
    problem(api.post("/instructors", json={"username": "x1", "password": "long enough"}), 403)
    root = server.account("root", admin=True)
    with server.client(root) as admin:
        made = admin.post("/instructors", json={"username": "newbie", "password": "long enough pw"})
        assert made.status_code == 201 and made.json()["username"] == "newbie"
        problem(admin.post("/instructors", json={"username": "newbie", "password": "x" * 9}), 422)
        problem(admin.post("/instructors", json={"username": "short", "password": "x"}), 422)
        problem(admin.post("/instructors", json={"username": "a b", "password": "x" * 9}), 422)
    with server.client() as anon:
        token = anon.post("/auth/token", data={"username": "newbie", "password": "long enough pw"})
        assert token.status_code == 200


def test_enrollments(api: httpx.Client, course: dict[str, Any]) -> None:
    cid = course["id"]
    first = api.post(
        f"/courses/{cid}/enrollments",
        json={"given_name": "Ada", "family_name": "Lovelace", "email": "ADA@example.org"},
    )
    assert first.status_code == 201, first.text
    one = first.json()
    assert one["status"] == "active" and one["student"]["email"] == "ada@example.org"
    again = api.post(f"/courses/{cid}/enrollments", json={"student_id": one["student_id"]})
    assert problem(again, 409, "student_id")["detail"] == (
        "Ada Lovelace is already enrolled in CS101 (active)."
    )
    api.post(
        f"/courses/{cid}/enrollments",
        json={"given_name": "Alan", "family_name": "Turing", "email": "alan@example.org"},
    )
    third = api.post(
        f"/courses/{cid}/enrollments",
        json={"given_name": "Grace", "family_name": "Hopper", "email": "grace@example.org"},
    ).json()
    assert third["status"] == "waitlisted"  # capacity 2
    full = api.patch(f"/enrollments/{third['id']}", json={"status": "active"})
    assert problem(full, 409, "status")["detail"].startswith("CS101 is full (2 of 2 seats taken)")
    dropped = api.patch(f"/enrollments/{one['id']}", json={"status": "dropped"})
    assert dropped.json()["status"] == "dropped"
    assert api.patch(f"/enrollments/{third['id']}", json={"status": "active"}).status_code == 200
    listing = api.get(f"/courses/{cid}/enrollments", params={"limit": 2}).json()
    assert [e["student"]["family_name"] for e in listing["items"]] == ["Hopper", "Lovelace"]
    rest = api.get(
        f"/courses/{cid}/enrollments", params={"limit": 2, "cursor": listing["next_cursor"]}
    )
    assert [e["student"]["family_name"] for e in rest.json()["items"]] == ["Turing"]
    assert api.delete(f"/enrollments/{one['id']}").status_code == 204
    problem(api.patch(f"/enrollments/{one['id']}", json={"role": "ta"}), 404)
    back = api.post(f"/courses/{cid}/enrollments", json={"student_id": one["student_id"]})
    assert back.status_code == 201 and back.json()["id"] == one["id"]  # the same row again


def test_bad_enrollment_input(api: httpx.Client, course: dict[str, Any]) -> None:
    cid = course["id"]
    url = f"/courses/{cid}/enrollments"
    problem(api.post(url, json={}), 422, "email")
    problem(
        api.post(url, json={"email": "not-an-email", "given_name": "A", "family_name": "B"}),
        422,
        "email",
    )
    problem(api.post(url, json={"email": "new@example.org"}), 422, "given_name")
    problem(api.post(url, json={"student_id": new_id()}), 404, "student_id")
    problem(api.post(url, json={"email": "z@example.org", "role": "boss"}), 422, "role")
    problem(api.post(url, json={"email": "z@example.org", "grade": 3}), 422, "grade")
    problem(api.post("/courses/not-an-id/enrollments", json={"email": "z@example.org"}), 404)
    problem(api.patch(f"/enrollments/{new_id()}", json={"role": "ta"}), 404)
    problem(api.patch(f"/enrollments/{new_id()}", json={"mood": "ok"}), 422, "mood")
    problem(api.delete(f"/enrollments/{new_id()}"), 404)
    problem(api.get(url, params={"limit": 501}), 422, "limit")
    enrollment = api.get(url).json()["items"][0]
    problem(api.patch(f"/enrollments/{enrollment['id']}", json={"status": "gone"}), 422, "status")


def test_progress_and_events(server: LiveServer, api: httpx.Client) -> None:
    course = api.post(
        "/courses",
        json={
            "code": "PROG1",
            "title": "Progress course",
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
        },
    ).json()
    module = _module(server, api, course["id"])
    lessons = [_lesson(server, api, module, f"Lesson {i}") for i in range(4)]
    busy = api.post(
        f"/courses/{course['id']}/enrollments",
        json={"given_name": "Busy", "family_name": "Bee", "email": "busy@example.org"},
    ).json()
    api.post(
        f"/courses/{course['id']}/enrollments",
        json={"given_name": "Quiet", "family_name": "Mouse", "email": "quiet@example.org"},
    ).json()
    server.clock.now = dt.datetime(2026, 6, 1, 12, 0)
    try:
        events = [
            {"enrollment_id": busy["id"], "lesson_id": lid, "status": "completed", "score": 80}
            for lid in lessons[:3]
        ]
        events.append(
            {
                "enrollment_id": busy["id"],
                "lesson_id": lessons[0],
                "status": "in_progress",
                "at": "2020-01-01T00:00:00",
            }
        )
        recorded = api.post("/progress-events", json={"events": events})
        assert recorded.json() == {"recorded": 3, "unchanged": 1}  # an older report changes nothing
        report = api.get(f"/courses/{course['id']}/progress").json()
        rows = {r["student_name"]: r for r in report["items"]}
        assert report["total_lessons"] == 4
        assert rows["Busy Bee"]["completion"] == 75.0 and rows["Busy Bee"]["completed_lessons"] == 3
        assert rows["Busy Bee"]["average_score"] == 80.0
        assert rows["Busy Bee"]["at_risk"] is False
        assert rows["Quiet Mouse"]["completion"] == 0.0 and rows["Quiet Mouse"]["at_risk"] is True
        assert rows["Quiet Mouse"]["last_activity_at"] is None
    finally:
        server.clock.now = None
    bad = api.post(
        "/progress-events",
        json={
            "events": [
                {"enrollment_id": busy["id"], "lesson_id": lessons[3], "status": "completed"},
                {"enrollment_id": busy["id"], "lesson_id": lessons[3], "status": "finished"},
                {"enrollment_id": new_id(), "lesson_id": lessons[3], "status": "completed"},
                {"enrollment_id": busy["id"], "lesson_id": new_id(), "status": "completed"},
                "not an event",
            ]
        },
    )
    body = problem(bad, 422, None)
    assert body["detail"] == "4 events have problems; nothing was recorded."
    assert [(e["index"], e["field"]) for e in body["errors"]] == [
        (1, "status"),
        (2, "enrollment_id"),
        (3, "lesson_id"),
        (4, None),
    ]
    after = api.get(f"/courses/{course['id']}/progress").json()["items"]
    assert {r["student_name"]: r["completed_lessons"] for r in after}["Busy Bee"] == 3
    problem(api.post("/progress-events", json={"events": []}), 422, "events")
    problem(api.post("/progress-events", json={"events": "x"}), 422, "events")
    problem(api.post("/progress-events", json={"events": [{}] * 10_001}), 422, "events")
    problem(api.get(f"/courses/{course['id']}/progress", params={"at_risk_days": 0}), 422)


def _push(api: httpx.Client, device: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = api.post("/sync/push", json={"device_id": device, "ops": ops})
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def _module(server: LiveServer, api: httpx.Client, course_id: str, position: str = "a0") -> str:
    module_id = new_id()
    result = _push(
        api,
        "setup",
        [
            {
                "op_id": new_id(),
                "entity": "module",
                "row_id": module_id,
                "kind": "upsert",
                "fields": {"course_id": course_id, "title": "Week", "position": position},
            }
        ],
    )
    assert result[0]["status"] == "applied", result
    return module_id


def _lesson(server: LiveServer, api: httpx.Client, module_id: str, title: str) -> str:
    lesson_id = new_id()
    result = _push(
        api,
        "setup",
        [
            {
                "op_id": new_id(),
                "entity": "lesson",
                "row_id": lesson_id,
                "kind": "upsert",
                "fields": {"module_id": module_id, "title": title, "position": "a0"},
            }
        ],
    )
    assert result[0]["status"] == "applied", result
    return lesson_id


def test_sync_endpoints_refuse_bad_input(api: httpx.Client, course: dict[str, Any]) -> None:
    problem(api.post("/sync/push", json={"ops": []}), 422, "device_id")
    problem(api.post("/sync/push", json={"device_id": "d", "ops": "x"}), 422, "ops")
    bad_op = {"op_id": new_id(), "entity": "planet", "row_id": new_id(), "kind": "upsert"}
    problem(api.post("/sync/push", json={"device_id": "d", "ops": [bad_op]}), 422)
    many = [dict(bad_op, entity="course")] * 1001
    problem(api.post("/sync/push", json={"device_id": "d", "ops": many}), 422, "ops")
    other = {"device_id": "d", "account_id": new_id(), "ops": []}
    problem(api.post("/sync/push", json=other), 409)
    problem(api.get("/sync/changes", params={"since": -1}), 422, "since")
    problem(api.get("/sync/changes", params={"since": "x"}), 422, "since")
    problem(api.get("/sync/changes", params={"limit": 0}), 422, "limit")
    problem(api.get("/sync/changes", params={"since": 10**12}), 410)
    problem(api.get("/sync/changes", params={"account": new_id()}), 409)
    problem(api.get("/sync/snapshot", params={"after": "planet:1"}), 422, "after")
    problem(api.get("/sync/snapshot", params={"limit": 10**6}), 422, "limit")
    # Ops that break a rule are refused one by one, with the app's sentence.
    results = _push(
        api,
        "dev-1",
        [
            {
                "op_id": new_id(),
                "entity": "course",
                "row_id": course["id"],
                "kind": "upsert",
                "fields": {"code": "no spaces please"},
                "base_version": course["version"],
            },
            {
                "op_id": new_id(),
                "entity": "course",
                "row_id": course["id"],
                "kind": "upsert",
                "fields": {"planet": "Mars"},
            },
            {
                "op_id": new_id(),
                "entity": "module",
                "row_id": new_id(),
                "kind": "upsert",
                "fields": {"course_id": course["id"], "title": "Missing position"},
            },
            {
                "op_id": new_id(),
                "entity": "lesson",
                "row_id": "not-an-id",
                "kind": "upsert",
                "fields": {},
            },
        ],
    )
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert results[0]["problem"]["detail"] == (
        "A course code may contain letters, digits, '-', '_' and '.', not a space."
    )
    assert results[0]["row"]["fields"]["code"] == "CS101"  # the server's copy comes along
    assert results[1]["problem"]["field"] == "planet"
    assert results[2]["problem"]["field"] == "position"


def test_push_is_idempotent_and_merges_fields(
    server: LiveServer, api: httpx.Client, ada: Account
) -> None:
    course = api.post("/courses", json={"code": "MERGE1", "title": "Merge me"}).json()
    base = course["version"]
    op = {
        "op_id": new_id(),
        "entity": "course",
        "row_id": course["id"],
        "kind": "upsert",
        "fields": {"title": "Laptop title"},
        "base_version": base,
    }
    first = _push(api, "laptop", [op])[0]
    assert first["status"] == "applied"
    seq = server.seq()
    again = _push(api, "laptop", [op, op])
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert again[0]["original"] == "applied" and again[0]["version"] == first["version"]
    assert server.seq() == seq  # nothing applied twice
    # Another device, same base: the title conflicts, the term merges.
    other = _push(
        api,
        "desktop",
        [
            {
                "op_id": new_id(),
                "entity": "course",
                "row_id": course["id"],
                "kind": "upsert",
                "fields": {"title": "Desktop title", "term": "Spring"},
                "base_version": base,
            }
        ],
    )[0]
    assert other["status"] == "conflict" and other["conflicts"] == ["title"]
    assert other["row"]["fields"]["title"] == "Laptop title"
    now = api.get(f"/courses/{course['id']}").json()
    assert (now["title"], now["term"]) == ("Laptop title", "Spring")
    # The same device editing its own earlier change is not a conflict.
    mine = _push(api, "laptop", [dict(op, op_id=new_id(), fields={"title": "Laptop again"})])[0]
    assert mine["status"] == "applied"
    # Delete against an edit made after the base: the server keeps the row.
    deleted = _push(
        api,
        "desktop",
        [
            {
                "op_id": new_id(),
                "entity": "course",
                "row_id": course["id"],
                "kind": "delete",
                "base_version": base,
            }
        ],
    )[0]
    assert deleted["status"] == "conflict" and deleted["conflicts"] == ["*"]
    assert api.get(f"/courses/{course['id']}").status_code == 200


def test_changes_feed_pages_and_tombstones(server: LiveServer) -> None:
    someone = server.account("feed")
    with server.client(someone) as api:
        ids = [
            api.post("/courses", json={"code": f"F{i}", "title": f"Feed {i}"}).json()["id"]
            for i in range(3)
        ]
        api.delete(f"/courses/{ids[0]}")
        page = api.get("/sync/changes", params={"since": 0, "limit": 2}).json()
        assert page["more"] is True and page["count"] == len(page["changes"])
        seen = list(page["changes"])
        cursor = page["cursor"]
        while page["more"]:
            page = api.get("/sync/changes", params={"since": cursor, "limit": 2}).json()
            seen += page["changes"]
            cursor = page["cursor"]
        courses = {c["id"]: c for c in seen if c["entity"] == "course"}
        assert set(courses) == set(ids)
        assert courses[ids[0]]["deleted"] is True and courses[ids[1]]["deleted"] is False
        assert api.get("/sync/changes", params={"since": cursor}).json()["changes"] == []
        snap = api.get("/sync/snapshot", params={"limit": 2}).json()
        assert snap["next"] and snap["as_of"] >= cursor


def test_feed_sends_a_newly_enrolled_student_unless_the_caller_added_it(
    server: LiveServer,
) -> None:
    """A new enrollment can make an older student visible: the page carries that
    student along. A student the caller added themselves is not sent again."""
    owner, other = server.account("enrolls"), server.account("elsewhere")
    tag = new_id()[-8:]
    with server.client(owner) as api, server.client(other) as api_other:
        first = api.post("/courses", json={"code": "SA1", "title": "First"}).json()["id"]
        second = api.post("/courses", json={"code": "SA2", "title": "Second"}).json()["id"]
        elsewhere = api_other.post("/courses", json={"code": "SB1", "title": "Other"}).json()
        mine = api.post(
            f"/courses/{first}/enrollments",
            json={"given_name": "Ann", "family_name": "Own", "email": f"ann.{tag}@example.org"},
        ).json()["student_id"]
        theirs = api_other.post(
            f"/courses/{elsewhere['id']}/enrollments",
            json={"given_name": "Bob", "family_name": "Else", "email": f"bob.{tag}@example.org"},
        ).json()["student_id"]
        cursor = api.get("/sync/changes", params={"since": 0, "limit": 5000}).json()["cursor"]
        for student_id in (mine, theirs):
            response = api.post(f"/courses/{second}/enrollments", json={"student_id": student_id})
            assert response.status_code == 201, response.text
        page = api.get("/sync/changes", params={"since": cursor}).json()
        sent = {c["id"] for c in page["changes"] if c["entity"] == "student"}
        enrolled = {
            c["fields"]["student_id"] for c in page["changes"] if c["entity"] == "enrollment"
        }
        assert enrolled == {mine, theirs}
        assert theirs in sent and mine not in sent


def test_outline_positions_sort_bytewise(server: LiveServer, api: httpx.Client) -> None:
    """Fractional positions compare by bytes ("Zz" < "a0"), on PostgreSQL too."""
    from sqlalchemy import select

    from course_studio.server.models import Module

    course = api.post("/courses", json={"code": "ORDER1", "title": "Ordering"}).json()
    _module(server, api, course["id"], "a0")
    _module(server, api, course["id"], "Zz")
    with server.db.read() as session:
        positions = list(
            session.scalars(
                select(Module.position)
                .where(Module.course_id == course["id"])
                .order_by(Module.position)
            )
        )
    assert positions == ["Zz", "a0"]


def test_unknown_addresses_are_problems(api: httpx.Client) -> None:
    problem(api.get("/nothing-here"), 404)
    problem(api.put("/courses"), 405)
