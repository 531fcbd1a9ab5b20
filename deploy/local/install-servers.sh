#!/usr/bin/env bash
# Installs, from Debian's packages, the servers the distributed mode and the integration tests start privately
# (PostgreSQL, RabbitMQ, Redis), docker-compose (to validate docker-compose.yml), and headless Chromium with CJK
# fonts (the browser tests of printable pages), and kubectl (to render deploy/k8s). Does nothing when present.
set -euo pipefail
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"

# kubectl with kustomize built in renders deploy/k8s for KubernetesManifestTests. Debian's kubernetes-client (1.20)
# is too old for kustomize v5, so the official binary, checked against its published SHA-256; best effort: where
# dl.k8s.io cannot be reached the manifest tests are skipped and say why.
if ! command -v kubectl >/dev/null 2>&1; then
  base="https://dl.k8s.io/release"
  version=$(curl -fsSL --max-time 20 "$base/stable.txt" 2>/dev/null || true)
  binary="$base/$version/bin/linux/$(dpkg --print-architecture)/kubectl"
  download=$(mktemp)
  if [ -n "$version" ] && curl -fsSL --max-time 300 -o "$download" "$binary" \
      && echo "$(curl -fsSL --max-time 20 "$binary.sha256")  $download" | sha256sum --check --quiet; then
    $sudo install -m 0755 "$download" /usr/local/bin/kubectl
    echo "Installed kubectl $version."
  else
    echo "kubectl not installed (dl.k8s.io unreachable): the Kubernetes manifest tests will be skipped."
  fi
  rm -f "$download"
fi

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing ${need[*]} from Debian's packages..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
