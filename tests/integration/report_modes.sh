#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Files `kaplan report --out-dir --jobs 8` writes over many plans get the mode a plain
# create gives under the caller's umask (issue #24: workers that set the process-wide
# umask to 0 and back raced, leaving some reports at 0666). Checked with umask 022 and
# 027, into a new folder and over an existing one (--force: a replaced file keeps its
# permissions, as kaplan(1) says), and for `report -o`; the caller's umask is unchanged.
source "$(dirname "$0")/common.bash"
cd "$tmp"
"$kaplan" init seed --today 2026-09-01 >/dev/null || fail "init"
plans=()
for i in $(seq -w 1 60); do
  cp -r seed "p$i"
  sed -i "s/^  id: ka-2027\$/  id: ka-2027-$i/" "p$i/plan.yaml"
  plans+=("p$i")
done
grep -q '^  id: ka-2027-01$' p01/plan.yaml || fail "the plan id was not changed"
t=(--today 2026-09-01 --lang en)

# Every file under FOLDER has mode FILE_MODE (but ka-2027-01.md, replaced, keeps 600) and
# every folder DIR_MODE; COUNT files.
check_modes() {
  local folder=$1 file_mode=$2 dir_mode=$3 count=$4
  local bad
  bad=$(find "$folder" -type f ! -name ka-2027-01.md ! -perm "$file_mode" -printf '%m %p\n')
  [ -z "$bad" ] || fail "files not at $file_mode: $bad"
  bad=$(find "$folder" -type d ! -perm "$dir_mode" -printf '%m %p\n')
  [ -z "$bad" ] || fail "folders not at $dir_mode: $bad"
  [ "$(find "$folder" -type f | wc -l)" -eq "$count" ] || fail "$(find "$folder" -type f | wc -l) files in $folder, expected $count"
}

for mask in 022 027; do
  umask $mask
  file_mode=$(printf '%o' $((0666 & ~0$mask)))
  dir_mode=$(printf '%o' $((0777 & ~0$mask)))
  # A new folder (the whole tree moves into place at once).
  "$kaplan" report "${plans[@]}" "${t[@]}" -f markdown --out-dir "out-$mask" --jobs 8 2>err.txt ||
    fail "report --out-dir (umask $mask): $(cat err.txt)"
  [ "$(umask)" = "0$mask" ] || fail "the umask changed to $(umask)"
  check_modes "out-$mask" "$file_mode" "$dir_mode" 60
  # Over an existing folder, file by file: the new files and the replaced ones.
  mkdir "old-$mask" && (umask 077 && echo old >"old-$mask/ka-2027-01.md")
  "$kaplan" report "${plans[@]}" "${t[@]}" -f markdown --out-dir "old-$mask" --jobs 8 --force 2>err.txt ||
    fail "report --out-dir --force (umask $mask): $(cat err.txt)"
  check_modes "old-$mask" "$file_mode" "$dir_mode" 60
  [ "$(stat -c %a "old-$mask/ka-2027-01.md")" = 600 ] || fail "a replaced report did not keep its mode"
  grep -q '^old$' "old-$mask/ka-2027-01.md" && fail "the report was not replaced"
  # One report with -o.
  "$kaplan" report p01 "${t[@]}" -f markdown -o "one-$mask.md" || fail "report -o"
  [ "$(stat -c %a "one-$mask.md")" = "$file_mode" ] || fail "report -o: mode $(stat -c %a "one-$mask.md")"
  [ "$(umask)" = "0$mask" ] || fail "the umask changed to $(umask)"
done
[ -z "$(find . -name '*.tmp-*')" ] || fail "temporary files left"
echo "ok"
