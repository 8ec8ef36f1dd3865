"""Writes werkzeug-responses.json: what Werkzeug 3.1 sends for each case the runtime tests compare against.

Run with the Werkzeug the project targets (3.1.x): python3 werkzeug_responses.py > werkzeug-responses.json
"""
import datetime
import importlib.metadata
import json
import sys


from werkzeug import exceptions
from werkzeug.datastructures import WWWAuthenticate


def render(name, exception):
    response = exception.get_response()
    headers = [[k, v] for k, v in response.headers.items() if k.lower() != "content-length"]
    return {"case": name, "status": response.status_code, "headers": headers, "body": response.get_data(as_text=True)}


cases = []
for code, cls in sorted(exceptions.default_exceptions.items()):
    cases.append(render(f"default {code}", cls()))

cases += [
    render("escaped description", exceptions.NotFound("line1\nline2 <script>&\"'")),
    render("405 with methods", exceptions.MethodNotAllowed(["GET", "POST"])),
    render("401 with two challenges", exceptions.Unauthorized(www_authenticate=[WWWAuthenticate("basic", {"realm": "r"}), WWWAuthenticate("bearer")])),
    render("429 retry seconds", exceptions.TooManyRequests(retry_after=20)),
    render("503 retry date", exceptions.ServiceUnavailable(retry_after=datetime.datetime(2020, 1, 4, 18, 52, 16, tzinfo=datetime.timezone.utc))),
    render("503 retry zero", exceptions.ServiceUnavailable(retry_after=0)),
    render("416 with length", exceptions.RequestedRangeNotSatisfiable(length=100)),
]

json.dump({"werkzeug": importlib.metadata.version("werkzeug"), "cases": cases}, sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write("\n")
