#!/usr/bin/env bash
# The HTTP benchmark of issue 6: publishes the app in Release, seeds a synthetic organisation on
# SQLite, runs app + harness on CPU 0 and wrk on CPU 1, and prints the ratios measured in this run.
# Usage: tests/SkillMap.Benchmarks/http-benchmark.sh [--people N] [--seconds S] [--kills K] [--setting Key=Value]…
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  sudo=""; if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
if [ "$(nproc)" -lt 2 ]; then
  echo "needs two CPUs: one for the app, one for wrk" >&2
  exit 2
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/SkillMap.Web -c Release -o "$out/app" -v q >/dev/null
dotnet build tests/SkillMap.Benchmarks -c Release -v q >/dev/null
taskset -c 0 dotnet tests/SkillMap.Benchmarks/bin/Release/net10.0/SkillMap.Benchmarks.dll http --app "$out/app" --wrk-cpu 1 "$@"
