# SPDX-License-Identifier: MIT
# bash completion for kaplan: subcommands, options, formats and other option values,
# rule ids (from `kaplan explain --list`) and git revisions for --git.
# Installed to share/bash-completion/completions/kaplan; or `source` this file.

_kaplan_commands="validate decompose score rollforward report diff explain schema init lsp"

_kaplan_options() {
  local common="--lang --no-color --help -h"
  local plan="--config --today --jobs $common"
  case $1 in
  validate) echo "--format -f --output -o --force --fail-on --explain-load --git --new-only $plan" ;;
  decompose) echo "--format -f --kpi --by --units --weights --segments --precision --output -o --write-plans --force $plan" ;;
  score) echo "--actuals --actuals-dir --format -f --explain --output -o --force $plan" ;;
  rollforward) echo "--actuals --output -o --id --format -f --force --dry-run $plan" ;;
  report) echo "--actuals --actuals-dir --portfolio --format -f --sections --output -o --out-dir --force $plan" ;;
  diff) echo "--git --format -f --output -o --force $plan" ;;
  explain) echo "--list --man $common" ;;
  schema) echo "--actuals --output -o --force --help -h" ;;
  init) echo "--force --today --lang --help -h" ;;
  lsp) echo "$plan" ;;
  esac
}

_kaplan_formats() {
  case $1 in
  validate) echo "text json github sarif markdown junit codeclimate" ;;
  report) echo "markdown text html json" ;;
  rollforward) echo "text json" ;;
  *) echo "text markdown json" ;;
  esac
}

_kaplan() {
  local cur prev cmd i
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  cmd=
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
    -*) ;;
    *) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "$_kaplan_commands --help --version" -- "$cur"))
    return 0
  fi
  case $prev in
  -f | --format)
    COMPREPLY=($(compgen -W "$(_kaplan_formats "$cmd")" -- "$cur"))
    return 0 ;;
  --fail-on)
    COMPREPLY=($(compgen -W "error warning info never" -- "$cur"))
    return 0 ;;
  --lang)
    COMPREPLY=($(compgen -W "en zh" -- "$cur"))
    return 0 ;;
  --by)
    COMPREPLY=($(compgen -W "equal weights segments units" -- "$cur"))
    return 0 ;;
  --git)
    COMPREPLY=($(compgen -W "HEAD HEAD~1 $(git for-each-ref --format='%(refname:short)' 2>/dev/null)" -- "$cur"))
    return 0 ;;
  -o | --output | --config | --actuals)
    COMPREPLY=($(compgen -f -- "$cur"))
    return 0 ;;
  --out-dir | --write-plans | --actuals-dir)
    COMPREPLY=($(compgen -d -- "$cur"))
    return 0 ;;
  --today | --id | --kpi | --units | --weights | --segments | --precision | --explain | --explain-load | --sections | --jobs)
    return 0 ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_kaplan_options "$cmd")" -- "$cur"))
    return 0
  fi
  case $cmd in
  explain)
    # In English whatever the locale: the id is the first field of each line.
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" explain --list --lang en 2>/dev/null | cut -d' ' -f1)" -- "$cur")) ;;
  schema) ;;
  init)
    COMPREPLY=($(compgen -d -- "$cur")) ;;
  *)
    COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
  return 0
}

complete -o filenames -F _kaplan kaplan
