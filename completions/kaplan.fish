# SPDX-License-Identifier: MIT
# fish completion for kaplan: subcommands, options, formats and other option values,
# rule ids (from `kaplan explain --list`) and git revisions for --git.
# Installed to share/fish/vendor_completions.d/kaplan.fish.

set -l commands validate decompose score rollforward report diff explain schema init lsp
set -l plan_commands validate decompose score rollforward report diff

complete -c kaplan -f
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a validate -d 'check plans against every rule'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a decompose -d 'show the KPI cascade, or split a KPI'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a score -d 'score the plan, or its performance'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a rollforward -d 'write the next cycle\'s draft plan'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a report -d 'the whole plan as one document'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a diff -d 'what changed between two versions'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a explain -d 'explain a rule'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a schema -d 'JSON Schema of the plan format'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a init -d 'write a skeleton plan'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -a lsp -d 'the language server, for editors'
complete -c kaplan -n "not __fish_seen_subcommand_from $commands" -l version -d 'print the version'
complete -c kaplan -s h -l help -d 'show help'

# Options several commands share.
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands" -F
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands" -l config -r -F -d 'configuration file'
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands init" -l today -x -d 'date, YYYY-MM-DD'
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands explain init" -l lang -x -a 'en zh' -d 'language'
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands explain" -l no-color -d 'never colour the output'
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands schema" -s o -l output -r -F -d 'write to FILE'

# validate
complete -c kaplan -n "__fish_seen_subcommand_from validate" -s f -l format -x -a 'text json github sarif markdown junit codeclimate' -d 'output format'
complete -c kaplan -n "__fish_seen_subcommand_from validate" -l fail-on -x -a 'error warning info never' -d 'lowest failing severity'
complete -c kaplan -n "__fish_seen_subcommand_from validate" -l explain-load -x -d "a person's load month by month"
complete -c kaplan -n "__fish_seen_subcommand_from validate diff" -l git -x -a 'HEAD HEAD~1 (git for-each-ref --format="%(refname:short)" 2>/dev/null)' -d 'git revision'
complete -c kaplan -n "__fish_seen_subcommand_from validate" -l new-only -d 'only findings the change introduced'

# decompose, score, diff
complete -c kaplan -n "__fish_seen_subcommand_from decompose score diff" -s f -l format -x -a 'text markdown json' -d 'output format'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l kpi -x -d 'KPI id'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l by -x -a 'equal weights segments units' -d 'split method'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l units -x -d 'unit ids (with --by equal or --write-plans)'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l write-plans -x -a '(__fish_complete_directories)' -d 'a derived plan per unit into DIR'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l weights -x -d 'UNIT=SHARE,...'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l segments -x -d 'segment ids'
complete -c kaplan -n "__fish_seen_subcommand_from decompose" -l precision -x -d 'decimals'
complete -c kaplan -n "__fish_seen_subcommand_from validate decompose score rollforward report diff schema init" -l force -d 'replace output files that exist'
complete -c kaplan -n "__fish_seen_subcommand_from score report rollforward" -l actuals -r -F -d 'actuals file'
complete -c kaplan -n "__fish_seen_subcommand_from schema" -l actuals -d 'the schema of actuals files'
complete -c kaplan -n "__fish_seen_subcommand_from score" -l explain -x -d 'KPI whose arithmetic to print'
complete -c kaplan -n "__fish_seen_subcommand_from score report" -l actuals-dir -x -a '(__fish_complete_directories)' -d 'folder of actuals files (the portfolio)'

# report
complete -c kaplan -n "__fish_seen_subcommand_from report" -s f -l format -x -a 'markdown text html json' -d 'output format'
complete -c kaplan -n "__fish_seen_subcommand_from report" -l sections -x -d 'sections, comma-separated'
complete -c kaplan -n "__fish_seen_subcommand_from report" -l portfolio -d 'one document across the plans'
complete -c kaplan -n "__fish_seen_subcommand_from report" -l out-dir -x -a '(__fish_complete_directories)' -d 'one report per plan into DIR'
complete -c kaplan -n "__fish_seen_subcommand_from $plan_commands" -l jobs -x -d 'threads reading files and plans at once'

# explain, init
complete -c kaplan -n "__fish_seen_subcommand_from explain" -l list -d 'list every rule'
complete -c kaplan -n "__fish_seen_subcommand_from explain" -l man -d 'print kaplan-rules(7)'
# The rule ids with their titles, from the kaplan being completed, listed in English
# whatever the locale (the severity is then one ASCII word).
function __kaplan_rules
    set -l kaplan (commandline -opc)[1]
    command $kaplan explain --list --lang en 2>/dev/null | string replace -rf '^(KAP-\S+)\s+[a-z]+\s+(.*)' '$1\t$2'
end
complete -c kaplan -n "__fish_seen_subcommand_from explain" -x -a '(__kaplan_rules)'
complete -c kaplan -n "__fish_seen_subcommand_from init" -x -a '(__fish_complete_directories)'

# rollforward
complete -c kaplan -n "__fish_seen_subcommand_from rollforward" -s o -l output -r -F -d 'folder for the new plan'
complete -c kaplan -n "__fish_seen_subcommand_from rollforward" -l id -x -d 'id of the new plan'
complete -c kaplan -n "__fish_seen_subcommand_from rollforward" -s f -l format -x -a 'text json' -d 'summary format'
complete -c kaplan -n "__fish_seen_subcommand_from rollforward" -l dry-run -d 'write nothing'

# lsp: no arguments, the options of commands that read plans
complete -c kaplan -n "__fish_seen_subcommand_from lsp" -l config -r -F -d 'configuration file'
complete -c kaplan -n "__fish_seen_subcommand_from lsp" -l today -x -d 'date, YYYY-MM-DD'
complete -c kaplan -n "__fish_seen_subcommand_from lsp" -l jobs -x -d 'threads reading files and plans at once'
complete -c kaplan -n "__fish_seen_subcommand_from lsp" -l lang -x -a 'en zh' -d 'language'
complete -c kaplan -n "__fish_seen_subcommand_from lsp" -l no-color -d 'never colour the output'
