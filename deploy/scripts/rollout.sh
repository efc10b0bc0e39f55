#!/usr/bin/env bash
# Rolls out an overlay so that database migrations run before the new version starts:
#   1. namespace, configuration, NATS and the PostgreSQL clusters; waits until they are ready;
#   2. the migration Jobs (deleting the previous ones: a Job's pod template is immutable); waits until
#      every one has completed, and stops if one fails, leaving the running version untouched;
#   3. everything else (the gateway and the services); waits for their rolling updates.
# Usage: deploy/scripts/rollout.sh dev|prod    (kubectl's current context is the target cluster)
# Environment: ROLLOUT_TIMEOUT_SECONDS (default 900) bounds each wait.
set -euo pipefail

overlay="${1:?usage: rollout.sh dev|prod}"
dir="$(cd "$(dirname "$0")/../k8s/overlays/${overlay}" && pwd)"
namespace="$(awk '/^namespace:/ { print $2 }' "${dir}/kustomization.yaml")"
timeout="${ROLLOUT_TIMEOUT_SECONDS:-900}"
migrations='app.kubernetes.io/component=migration'

rendered="$(mktemp)"
trap 'rm -f "${rendered}"' EXIT
kubectl kustomize "${dir}" >"${rendered}"

echo "== 1/3 infrastructure and configuration (${namespace})"
kubectl apply -f "${rendered}" --selector 'app.kubernetes.io/component notin (server,migration)'
kubectl -n "${namespace}" wait --for=condition=Ready clusters.postgresql.cnpg.io --all --timeout="${timeout}s"
kubectl -n "${namespace}" rollout status statefulset/nats --timeout="${timeout}s"

echo "== 2/3 migrations"
kubectl -n "${namespace}" delete job --selector "${migrations}" --ignore-not-found --wait=true
kubectl apply -f "${rendered}" --selector "${migrations}"
deadline=$((SECONDS + timeout))
while :; do
  # One line per Job: its name and the types of its conditions that are true (Complete, Failed, ...).
  states="$(kubectl -n "${namespace}" get job --selector "${migrations}" \
    -o jsonpath='{range .items[*]}{.metadata.name}{" "}{.status.conditions[?(@.status=="True")].type}{"\n"}{end}')"
  if grep -q 'Failed' <<<"${states}"; then
    kubectl -n "${namespace}" logs --selector "${migrations}" --prefix --tail=100 || true
    echo "a migration failed (see above); the running version is untouched" >&2
    exit 1
  fi
  if ! grep -vq 'Complete' <<<"${states}"; then break; fi
  if ((SECONDS > deadline)); then
    echo "migrations did not finish within ${timeout}s:" >&2
    echo "${states}" >&2
    exit 1
  fi
  sleep 5
done

echo "== 3/3 gateway and services"
kubectl apply -f "${rendered}" --selector "app.kubernetes.io/component!=migration"
for deployment in $(kubectl -n "${namespace}" get deployment --selector app.kubernetes.io/component=server -o name); do
  kubectl -n "${namespace}" rollout status "${deployment}" --timeout="${timeout}s"
done
echo "== ${overlay} rolled out"
