"""Loads each generated FastAPI app and calls its /protected route through TestClient.

Reads [{"file", "keyText", "tokens"}] on stdin; prints, per app, the answers as JSON.
"""
import importlib.util
import json
import os
import sys

from fastapi.testclient import TestClient


def load_app(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.app


def answer(response):
    return {"status": response.status_code, "body": response.json()}


answers = []
for index, job in enumerate(json.load(sys.stdin)):
    # Each app reads JWT_KEY when a request comes; the key in use is this app's.
    if job["keyText"] is None:
        os.environ.pop("JWT_KEY", None)
    else:
        os.environ["JWT_KEY"] = job["keyText"]
    client = TestClient(load_app(job["file"], f"generated_app_{index}"))
    tokens = [answer(client.get("/protected", headers={"Authorization": f"Bearer {token}"})) for token in job["tokens"]]
    answers.append({"missingHeader": answer(client.get("/protected")), "tokens": tokens})
print(json.dumps(answers))
