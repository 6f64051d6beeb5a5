#!/usr/bin/env bash
# Assembles SEND Hub's Keycloak login theme, complete, into THEMES_DIR/sendhub: the templates,
# messages and styles of keycloak/themes/sendhub, with GOV.UK Frontend's CSS (its font addresses
# made relative to the theme's resources) and fonts from the web app's node_modules (MIT
# licence), so that they are never kept twice in the repo. Used by scripts/keycloak.sh at each
# start and by keycloak/Dockerfile (the Keycloak image for Docker and Kubernetes).
#
#   scripts/keycloak-theme.sh THEMES_DIR
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
THEMES_DIR=${1:?usage: scripts/keycloak-theme.sh THEMES_DIR}
GOVUK_DIST=$ROOT/frontend/node_modules/govuk-frontend/dist/govuk

target=$THEMES_DIR/sendhub
rm -rf "$target"
mkdir -p "$THEMES_DIR"
cp -R "$ROOT/keycloak/themes/sendhub" "$target"
resources=$target/login/resources
if [ -f "$GOVUK_DIST/govuk-frontend.min.css" ]; then
  mkdir -p "$resources/css" "$resources/assets"
  sed 's#url(/assets/#url(../assets/#g' "$GOVUK_DIST/govuk-frontend.min.css" > "$resources/css/govuk-frontend.min.css"
  cp -R "$GOVUK_DIST/assets/fonts" "$resources/assets/"
else
  echo "The sign-in pages will have no GOV.UK styles: frontend/node_modules is missing (run npm ci in frontend/, then start Keycloak again)." >&2
fi
