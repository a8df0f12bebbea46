# shellcheck shell=bash
# Keycloak: Maven Central's distribution in dev mode (H2 file database), realm imported from deploy/keycloak.

KEYCLOAK_VERSION=26.7.3
KC_DIR=$STATE/keycloak
KC_DIST=$KC_DIR/dist
KC_ZIP=$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
KC_REALM_FILE=$DEPLOY_DIR/keycloak/family-safeguarding-realm.json
KC_REALM_SHA=$KC_DIR/realm.sha256
KC_PORTS=(8180 9000)
KC_URL=http://127.0.0.1:8180
KC_REALM=family-safeguarding
KC_REALM_URL=$KC_URL/realms/$KC_REALM
KC_TOKEN_URL=$KC_REALM_URL/protocol/openid-connect/token
KC_HEALTH_URL=http://127.0.0.1:9000/health/ready
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.7.0

# The distribution is fetched and unpacked once per Keycloak version.
ensure_keycloak_dist() {
  if grep -qs "$KEYCLOAK_VERSION" "$KC_DIST/version.txt"; then return 0; fi
  mkdir -p "$DOWNLOADS" "$KC_DIR"
  if [[ ! -s $KC_ZIP ]]; then
    info "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~170 MB)"
    # run outside any project so that the reactor's POM is not read
    (cd "$DOWNLOADS" && "$ROOT/mvnw" -B -q "$DEPENDENCY_PLUGIN:copy" \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$DOWNLOADS") >"$LOGS/keycloak-download.log" 2>&1 \
      || fail keycloak-download "could not fetch org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
  fi
  info "unpacking Keycloak $KEYCLOAK_VERSION"
  rm -rf "$KC_DIST" "$KC_DIR/unpack" "$KC_REALM_SHA"
  mkdir -p "$KC_DIR/unpack"
  unzip -q "$KC_ZIP" -d "$KC_DIR/unpack" || fail keycloak "could not unzip $KC_ZIP" nolog
  mv "$KC_DIR/unpack/keycloak-$KEYCLOAK_VERSION" "$KC_DIST"
  rmdir "$KC_DIR/unpack"
}

# The import skips a realm that exists, so a changed realm file (or a new admin password)
# means starting from an empty H2 database.
prepare_keycloak_data() {
  local sha
  python3 "$LIB_DIR/demo_users.py" check \
    || fail keycloak "the realm file and deploy/local/demo-*.csv disagree: run python3 deploy/local/lib/demo_users.py write" nolog
  sha=$(sha256sum "$KC_REALM_FILE" | cut -d' ' -f1)
  if [[ -d $KC_DIST/data/h2 ]]; then
    if [[ $sha != "$(cat "$KC_REALM_SHA" 2>/dev/null)" ]]; then
      info "realm file changed: wiping Keycloak's database so that the realm is imported again"
      rm -rf "$KC_DIST/data/h2"
    elif [[ $SECRETS_ADDED == *" KEYCLOAK_ADMIN_PASSWORD "* ]]; then
      info "new Keycloak admin password: wiping Keycloak's database"
      rm -rf "$KC_DIST/data/h2"
    fi
  fi
  mkdir -p "$KC_DIST/data/import"
  cp "$KC_REALM_FILE" "$KC_DIST/data/import/$KC_REALM-realm.json"
  KC_NEW_SHA=$sha
}

keycloak_ready() { http_ok "$KC_HEALTH_URL" && http_ok "$KC_REALM_URL/.well-known/openid-configuration"; }

start_keycloak() {
  if running keycloak; then
    say "    keycloak already running (pid $(recorded_pid keycloak))"
    return 0
  fi
  ensure_ports_free keycloak "${KC_PORTS[@]}"
  ensure_keycloak_dist
  prepare_keycloak_data
  info "starting Keycloak $KEYCLOAK_VERSION on $KC_URL (first start takes 1-2 minutes)"
  export KC_BOOTSTRAP_ADMIN_USERNAME=$KEYCLOAK_ADMIN_USERNAME KC_BOOTSTRAP_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD
  spawn keycloak "$KC_DIST" "$KC_DIST/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port=8180 --hostname="$KC_URL" \
    --http-management-port=9000 --health-enabled=true --import-realm
  unset KC_BOOTSTRAP_ADMIN_USERNAME KC_BOOTSTRAP_ADMIN_PASSWORD
  wait_ready keycloak 240 keycloak_ready
  printf '%s\n' "$KC_NEW_SHA" >"$KC_REALM_SHA"
}

# demo_password USERNAME: the demo user's password from demo-users.csv
demo_password() { awk -F, -v u="$1" 'NR > 1 && $1 == u {print $2; exit}' "$LOCAL_DIR/demo-users.csv"; }

# user_token USERNAME: an access token by the password grant (demo users only)
user_token() {
  curl -fsS --max-time 20 "$KC_TOKEN_URL" -d grant_type=password -d client_id=family-safeguarding-cli \
    -d username="$1" --data-urlencode password="$(demo_password "$1")" | json_get access_token
}
