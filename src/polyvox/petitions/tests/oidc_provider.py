"""A tiny OpenID Connect provider for the tests (standing in for the federal authentication service or itsme):
discovery, an authorisation endpoint that signs the person in at once, a token endpoint checking the client's
secret and the PKCE verifier, and its keys. ID tokens are RS256 JWTs (joserfc, the JOSE library of Authlib's
authors); PKCE is checked with Authlib's own function."""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey


class Provider:
    def __init__(self, client_id="polyvox", client_secret="s3cret", person=None):
        self.client_id, self.client_secret = client_id, client_secret
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"})
        self.person = person or {"given_name": "Marie", "family_name": "Dubois", "birthdate": "1988-06-12",
                                 "egovNRN": "88061212345", "email": "marie.dubois@example.be"}
        self.codes: dict[str, dict] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status, payload):
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                url = urlparse(self.path)
                if url.path == "/.well-known/openid-configuration":
                    return self._json(200, {"issuer": provider.issuer, "authorization_endpoint": f"{provider.issuer}/authorize",
                                            "token_endpoint": f"{provider.issuer}/token", "jwks_uri": f"{provider.issuer}/jwks",
                                            "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256"]})
                if url.path == "/jwks":
                    return self._json(200, KeySet([provider.key]).as_dict(private=False))
                if url.path == "/authorize":
                    query = {k: v[0] for k, v in parse_qs(url.query).items()}
                    if query.get("client_id") != provider.client_id or query.get("code_challenge_method") != "S256":
                        return self._json(400, {"error": "invalid_request"})
                    code = secrets.token_urlsafe(16)
                    provider.codes[code] = query
                    self.send_response(302)
                    self.send_header("Location", f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}")
                    self.end_headers()
                    return None
                return self._json(404, {"error": "not_found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                import base64

                auth = self.headers.get("Authorization", "")
                if auth.startswith("Basic "):
                    client_id, _colon, secret = base64.b64decode(auth[6:]).decode().partition(":")
                else:
                    client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
                request = provider.codes.pop(form.get("code", ""), None)
                if (client_id, secret) != (provider.client_id, provider.client_secret) or request is None:
                    return self._json(400, {"error": "invalid_grant"})
                if create_s256_code_challenge(form.get("code_verifier", "")) != request["code_challenge"] \
                        or form.get("redirect_uri") != request["redirect_uri"]:
                    return self._json(400, {"error": "invalid_grant"})
                now = int(time.time())
                claims = {"iss": provider.issuer, "aud": provider.client_id, "sub": "person-1", "iat": now, "exp": now + 300,
                          "nonce": request.get("nonce"), **provider.person}
                token = jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, provider.key)
                return self._json(200, {"access_token": secrets.token_urlsafe(8), "token_type": "Bearer", "expires_in": 300,
                                        "id_token": token})

        return Handler
