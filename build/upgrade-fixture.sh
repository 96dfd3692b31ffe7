#!/usr/bin/env bash
# Makes the upgrade fixture the migration tests start from: the databases that the last version without migrations
# leaves, on SQLite and on PostgreSQL, each holding the demo city and work recorded in every module through the API.
#   ./build/upgrade-fixture.sh [commit]      (default: dcb0353, the last commit whose host made tables without migrations)
# It builds that commit in a temporary worktree, runs its host on each store, records the work, and writes
# tests/CampaignPlatform.IntegrationTests/Fixtures/before-migrations/{campaign.db.gz,postgres.sql.gz}.
# Needs the PostgreSQL server of build/postgres.sh, curl, jq, python3 and pg_dump.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
commit="${1:-dcb0353}"
out="$root/tests/CampaignPlatform.IntegrationTests/Fixtures/before-migrations"
port=5097
base="http://127.0.0.1:$port"
server="$(./build/postgres.sh)"
database=campaign_upgrade_fixture

work="$(mktemp -d)"
host_pid=""
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
  git -C "$root" worktree remove --force "$work/source" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building $commit"
git worktree add --detach "$work/source" "$commit" >/dev/null 2>&1
(cd "$work/source" && ./build/plugins.sh Release >/dev/null && dotnet build src/CampaignPlatform.Host -c Release -v quiet -nologo >/dev/null)

start_host() {
  (cd "$work/source/src/CampaignPlatform.Host" && exec dotnet bin/Release/net10.0/CampaignPlatform.Host.dll \
    --contentRoot "$PWD" --environment Development --urls "$base" --Modules:PluginsDirectory="$PWD/bin/plugins" \
    --Demo:Seed=true "$@") >"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "$base/health" >/dev/null && return 0
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.5
  done
  cat "$work/host.log" >&2
  echo "the host of $commit did not start" >&2
  exit 1
}

stop_host() {
  kill -TERM "$host_pid"
  wait "$host_pid" || true
  host_pid=""
}

token=""
call() { # method path [json]: the answer's body; stops the script on anything but 2xx
  local answer
  answer="$(curl -s -w '\n%{http_code}' -X "$1" "$base$2" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' ${3:+-d "$3"})"
  local status="${answer##*$'\n'}"
  if [ "${status:0:1}" != 2 ]; then
    echo "$1 $2 answered $status: ${answer%$'\n'*}" >&2
    exit 1
  fi
  printf '%s' "${answer%$'\n'*}"
}

# The work of a few days in every module, by the demo city's administrator and township officer (柳河镇).
record_work() {
  token="$(curl -sf -X POST "$base/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"userName":"demo-admin","password":"Demo@2026"}' | jq -r .accessToken)"
  local today township other village site round application
  today="$(TZ=Asia/Shanghai date +%F)"
  township="$(call GET /api/org/townships | jq -r '(if type == "array" then . else .items end)[] | select(.name == "柳河镇") | .id')"
  other="$(call GET /api/org/townships | jq -r '(if type == "array" then . else .items end)[] | select(.name == "城关街道") | .id')"
  village="$(call GET "/api/org/townships/$township/villages" | jq -r '(if type == "array" then . else .items end)[0].id')"
  for module in enforcement hygiene publicity rural-upkeep demo-creation; do
    call PUT "/api/townships/$township/modules/$module" '{"enabled":true}' >/dev/null
  done
  call PUT "/api/townships/$other/modules/enforcement" '{"enabled":true}' >/dev/null
  call POST /api/accounts "{\"userName\":\"fixture-officer\",\"displayName\":\"王干部\",\"password\":\"Fixture@2026x\",\"role\":\"TownshipOfficer\",\"townshipId\":\"$township\"}" >/dev/null

  # 执法: cases in two townships, a provincial exposure.
  for t in "$township" "$township" "$other"; do
    call POST /api/enforcement/cases "{\"townshipId\":\"$t\",\"category\":\"Dumping\",\"source\":\"Patrol\",\"description\":\"巡查发现垃圾堆放\",\"address\":\"解放路12号\"}" >/dev/null
  done
  call POST /api/enforcement/exposures "{\"kind\":\"ProvincialUndercover\",\"date\":\"$today\",\"townshipId\":\"$township\",\"outlet\":\"省暗访视频\",\"description\":\"背街小巷垃圾堆积\"}" >/dev/null

  # 洗手消毒: a site, its disinfection log and a facility check.
  site="$(call POST /api/hygiene/sites "{\"townshipId\":\"$township\",\"villageId\":\"$village\",\"category\":\"Hospital\",\"name\":\"柳河卫生院\",\"address\":\"柳河街8号\"}" | jq -r .id)"
  for hours in 3 1; do
    call POST "/api/hygiene/sites/$site/disinfections" "{\"at\":\"$(date -u -d "-$hours hours" +%FT%TZ)\",\"areaSquareMetres\":300,\"disinfectant\":\"含氯消毒液\",\"operator\":\"李四\"}" >/dev/null
  done
  call POST "/api/hygiene/sites/$site/facility-checks" "{\"checkedOn\":\"$today\",\"checker\":\"王五\",\"total\":4,\"working\":3,\"soapPresent\":true}" >/dev/null

  # 宣传: an activity, a volunteer event, village rules, a survey with answers.
  call POST /api/publicity/activities "{\"townshipId\":\"$township\",\"villageId\":\"$village\",\"channel\":\"BulletinBoard\",\"title\":\"爱国卫生月宣传\",\"heldOn\":\"$today\",\"organiser\":{\"kind\":\"WomensFederation\",\"name\":\"镇妇联\"},\"participants\":40,\"estimatedReach\":300,\"evidenceNote\":\"照片 6 张，签到表\"}" >/dev/null
  call POST /api/publicity/volunteer-events "{\"townshipId\":\"$township\",\"heldOn\":\"$today\",\"kind\":\"VolunteerService\",\"organiser\":{\"kind\":\"VolunteerTeam\",\"name\":\"柳河志愿服务队\"},\"volunteers\":6,\"totalHours\":18,\"description\":\"入户宣传\"}" >/dev/null
  call POST "/api/publicity/villages/$village/rules" "{\"adoptedOn\":\"$today\",\"meetingOn\":\"$today\",\"householdsPresent\":80,\"text\":\"爱护环境卫生。\"}" >/dev/null
  round="$(call POST /api/publicity/surveys "{\"kind\":\"Satisfaction\",\"conductor\":\"ThirdParty\",\"agencyName\":\"清源民意调查中心\",\"townshipId\":\"$township\",\"title\":\"群众满意度调查\",\"from\":\"$today\",\"to\":\"$today\"}" | jq -r .id)"
  call POST "/api/publicity/surveys/$round/answers" '{"positive":true}' >/dev/null
  call POST "/api/publicity/surveys/$round/answers" "{\"positive\":false,\"villageId\":\"$village\"}" >/dev/null

  # 农村人居环境: an inspection with one failed item (it opens a rectification item).
  local results
  results="$(call GET /api/rural-upkeep/template | jq -c '[(if type == "array" then . else .items end)[] | {code, passed: true}] | .[0].passed = false | .[0].note = "现场发现问题"')"
  call POST /api/rural-upkeep/inspections "{\"villageId\":\"$village\",\"inspectedOn\":\"$today\",\"inspector\":\"王检查\",\"results\":$results}" >/dev/null

  # 整改: an item of supervision.
  call POST /api/rectification/items "{\"townshipId\":\"$township\",\"source\":\"Supervision\",\"category\":\"环境卫生\",\"description\":\"农贸市场周边垃圾未清运\",\"severity\":\"Major\",\"deadlineDays\":3}" >/dev/null

  # 考核: a fact and an exposure.
  call POST /api/assessment/facts "{\"year\":${today:0:4},\"kind\":\"Prerequisites\",\"met\":true,\"date\":\"$today\",\"note\":\"自评\"}" >/dev/null
  call POST /api/assessment/exposures "{\"date\":\"$today\",\"townshipId\":\"$township\",\"description\":\"垃圾桶满溢\",\"source\":\"省暗访视频\"}" >/dev/null

  # 示范创建: a criterion and an application.
  call POST /api/demo-creation/criteria '{"kind":"Street","name":"路面整洁、无暴露垃圾","points":100}' >/dev/null
  application="$(call POST "/api/demo-creation/townships/$township/applications" '{"kind":"Street","placeName":"解放路","address":"解放路全段"}' | jq -r .id)"
  [ -n "$application" ]

  # 定时检查: every recurring check once, and its recorded run.
  for check in $(call GET /api/checks | jq -r '(if type == "array" then . else .items end)[].id'); do
    call POST "/api/checks/$check/run" >/dev/null
  done
  sleep 5 # the runs finish in the background
}

mkdir -p "$out"

echo "SQLite"
start_host --Database:Provider=Sqlite --Storage:DataDirectory="$work/sqlite"
record_work
stop_host
python3 - "$work/sqlite/campaign.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("VACUUM")
db.close()
PY
gzip -9 -n -c "$work/sqlite/campaign.db" >"$out/campaign.db.gz"

echo "PostgreSQL"
admin="postgresql://postgres:postgres@127.0.0.1:5432"
psql -q "$admin/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
start_host --Database:Provider=Postgres --ConnectionStrings:Campaign="$server;Database=$database" --Storage:DataDirectory="$work/postgres"
record_work
stop_host
# Plain INSERTs and no owner, so the tests can replay it over one connection into a database of any name.
pg_dump --no-owner --no-privileges --inserts "$admin/$database" | grep -v '^\\' | gzip -9 -n >"$out/postgres.sql.gz"
psql -q "$admin/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"

ls -l "$out"
