// SPDX-License-Identifier: MIT
// Catalogue texts of the S rules: the document itself (files, YAML, types, ids, references).
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kSRules[] = {
    {.id = "KAP-S001",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "file cannot be read or parsed",
            .checks = "The file cannot be read, is not valid UTF-8, or is not YAML that kaplan "
                      "accepts: a syntax error, more than one YAML document in the file, an alias "
                      "(`*name`; aliases are refused because they make one node appear in several "
                      "places, so a finding could not point at one line), or nesting deeper than "
                      "100 levels. The finding gives the line and column where reading failed.",
            .why = "A plan is written by the planning department and the branches together; if "
                   "one file cannot be read, the plan everyone discusses is not the plan on file. "
                   "Information that is fragmented and not standardised is a classic reason plans "
                   "cannot be integrated; one strict, readable format is the remedy.",
            .fix = "Save the file as UTF-8, correct the YAML at the line and column given, keep "
                   "one document per file, and write repeated content out in full instead of "
                   "using anchors and aliases."},
     .zh = {.title = "文件无法读取或解析",
            .checks = "文件读不出来、不是合法的 UTF-8 编码，或者不是 kaplan 能接受的 YAML："
                      "有语法错误；一个文件里有多个 YAML 文档；使用了别名（`*name`。别名会让同一段"
                      "内容出现在多处，检查结果就无法指向唯一的一行，因此一律拒绝）；嵌套超过 100 "
                      "层。检查结果给出读取出错的行号和列号。",
            .why = "规划由规划部门和各分公司共同编写，只要有一个文件读不出来，大家讨论的规划就和"
                   "存档的规划对不上。各部门信息不统一、不规范、无法整合，是规划难以落地的常见原"
                   "因；统一而严格的文件格式正是为此而设。",
            .fix = "将文件保存为 UTF-8，按提示的行列改正 YAML 语法，每个文件只写一个文档；"
                   "需要重复的内容请直接写全，不要使用锚点和别名。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300
    weight: 0.4)",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4)"},

    {.id = "KAP-S002",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "unknown key",
            .checks = "A mapping holds a key that the format does not define at that place. Keys "
                      "that start with `x-` are free for your own use and never reported. When a "
                      "known key is close in spelling, the finding suggests it. A key typed with "
                      "the full-width colon `：` of a Chinese input method (`effort：0.5`, which "
                      "YAML reads as one key) is reported at that colon, with the fix.",
            .why = "A misspelt key is silently lost: a target written under `target` is a target "
                   "nobody checks, and the cascade looks empty. Reporting every unknown key keeps "
                   "what the planners wrote and what the tool reads the same.",
            .fix = "Correct the key to the one suggested; give a field you add on purpose a name "
                   "that starts with `x-`. Write YAML's colon as the ASCII `:` followed by a "
                   "space."},
     .zh = {.title = "未知字段",
            .checks =
                "映射中出现了格式在该位置没有定义的字段名。以 `x-` 开头的字段留给用户自用，"
                "不会报告。如果有拼写相近的已知字段，检查结果会给出建议。用中文输入法打出的全角"
                "冒号 `：`（如 `effort：0.5`，YAML 会把整段读成一个字段名）会在该冒号处"
                "报告，并给出改法。",
            .why = "拼错的字段会被悄悄丢掉：写在 `target` 下面的目标值没有人检查，指标分解看上去"
                   "就是空的。逐一报告未知字段，才能保证规划人员写下的内容就是工具读到的内容。",
            .fix = "按建议改成正确的字段名；确需自行增加的字段，请以 `x-` 开头命名。YAML 的冒号"
                   "要用半角 `:`，其后加一个空格。"},
     .example = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    adresses: [ISS-1])",
     .example_fixed = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    addresses: [ISS-1])"},

    {.id = "KAP-S003",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "wrong type",
            .checks = "A value has the wrong type for its field: text where a number, year or id "
                      "is due, a single value where a list or mapping is due, or the reverse. "
                      "Numbers are decimal only (`1200`, `-5`, `0.35`): `0x10`, `1_000`, `.inf` "
                      "and `nan` are not numbers. Booleans are `true` and `false` only: `yes` and "
                      "`no` are not booleans. Full-width punctuation of a Chinese input method "
                      "(`【a，b】` for a list, `“0.5”` for a number) is named with its column.",
            .why = "Every check works on the figures: a target written as text cannot be added up "
                   "the cascade, a budget written as text cannot be set against costs. A strict "
                   "number syntax means a value reads the same to every planner and every YAML "
                   "tool (some read `1_000` as a thousand, others as text).",
            .fix = "Write the value as the field expects: a plain decimal number with no "
                   "separators or units, a list `[...]` where a list is due, a mapping where a "
                   "mapping is due. Amounts are in the plan's money unit (`plan.money`): with "
                   "`CNY 10k`, 1.2 million yuan is written `120`."},
     .zh = {.title = "类型错误",
            .checks = "字段的值类型不对：该填数字、年份或 id 的地方写了文字，该填列表或映射的地方"
                      "写了单个值，或者反过来。数字只认十进制写法（如 `1200`、`-5`、`0.35`），"
                      "`0x10`、`1_000`、`.inf`、`nan` 都不算数字。布尔值只认 `true` 和 "
                      "`false`，`yes`、`no` 不算布尔值。中文输入法打出的全角标点（如列表写成 "
                      "`【a，b】`、数字写成 `“0.5”`）会指出所在列。",
            .why = "所有检查都建立在数字之上：写成文字的目标值无法沿指标分解汇总，写成文字的预算"
                   "无法与成本对比。数字写法统一而严格，每位规划人员、每个 YAML 工具读到的才是同"
                   "一个值（`1_000` 有的工具当作一千，有的当作文字）。",
            .fix = "按字段要求的类型填写：数字用不带分隔符、不带单位的十进制数，列表用 "
                   "`[...]`，映射用键值对。金额以规划的货币单位（`plan.money`）计，单位为 "
                   "`CNY 10k` 时，120 万元写作 `120`。"},
     .example = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
  money: CNY 10k
resources:
  budget:
    - {year: 2027, category: marketing, amount: 120万})",
     .example_fixed = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
  money: CNY 10k
resources:
  budget:
    - {year: 2027, category: marketing, amount: 120})"},

    {.id = "KAP-S004",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "required field missing",
            .checks = "An entity lacks a field the format requires, e.g. a KPI without `name`, an "
                      "action without `owner`, `start` or `due`, an environment factor without "
                      "`impact`. Some requirements depend on the entity's role: a top-level KPI "
                      "needs `measure`, `targets` and `weight`; a cascaded KPI needs `unit`. The "
                      "finding points at the entity and names the missing field.",
            .why = "Each required field carries part of the method: an action without an owner "
                   "is work nobody will do, a factor without an impact cannot be weighed, a KPI "
                   "without a weight cannot be scored. A plan that lacks them can be neither "
                   "checked for feasibility nor evaluated while it runs.",
            .fix = "Add the field the finding names, with its value."},
     .zh = {.title = "缺少必填字段",
            .checks = "实体缺少格式要求的字段，例如关键绩效指标没有 `name`，行动计划没有 "
                      "`owner`、`start` 或 `due`，外部环境因素没有 `impact`。有些字段是否必填取"
                      "决于实体的角色：顶层指标必须有 `measure`、`targets` 和 `weight`，分解下来"
                      "的子指标必须有 `unit`。检查结果指向该实体，并写明缺少哪个字段。",
            .why = "每个必填字段都承载着方法中的一环：没有负责人的行动计划没人去做，没有影响程度"
                   "的环境因素无从权衡，没有权重的指标无法计分。缺了这些，规划既无法检验资源可行"
                   "性，也无法在执行中评价。",
            .fix = "补上检查结果所列的字段，并填写取值。"},
     .example = R"(actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    start: 2027-02-01
    due: 2027-06-30
    effort: 0.2)",
     .example_fixed = R"(actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    start: 2027-02-01
    due: 2027-06-30
    effort: 0.2)"},

    {.id = "KAP-S005",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "duplicate id",
            .checks = "Two entities carry the same `id`. Ids are unique across the whole plan, all "
                      "files and all sections, so a KPI and an action may not share one either. "
                      "The finding points at the later definition and notes where the first one "
                      "is.",
            .why = "Everything refers to entities by id, so a duplicate makes every reference to "
                   "it ambiguous. It typically appears when planners in two branches add entries "
                   "in their own files, exactly where it is hard to see by eye.",
            .fix = "Rename one of the two and update the references meant for it. Prefixing ids "
                   "with the unit (`KPI-rev-east`) keeps branch files from colliding."},
     .zh = {.title = "id 重复",
            .checks = "两个实体使用了同一个 `id`。id 在整个规划内必须唯一，跨所有文件、所有部分，"
                      "因此指标和行动计划也不能同名。检查结果指向后出现的定义，并附注第一次定义的"
                      "位置。",
            .why = "规划中的引用全靠 id，id 一重复，所有指向它的引用都含糊不清。这种情况多发生在"
                   "各分公司的规划人员各自在自己的文件里新增条目时，靠肉眼很难发现。",
            .fix = "把其中一个改名，并同步修改原本指向它的引用。在 id 中带上单位（如 "
                   "`KPI-rev-east`），可以避免各分公司的文件之间撞名。"},
     .example = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
  - id: KPI-rev-east
    name: 华东新签大客户数
    parent: KPI-new
    unit: east)",
     .example_fixed = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
  - id: KPI-new-east
    name: 华东新签大客户数
    parent: KPI-new
    unit: east)"},

    {.id = "KAP-S006",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "reference to a missing id or to the wrong kind",
            .checks = "A field that refers to another entity names an id that is defined nowhere "
                      "in the plan, or one that belongs to an entity of the wrong kind, e.g. an "
                      "action's `owner` naming a unit instead of a person, or an objective's "
                      "`addresses` naming an environment factor instead of an issue. A KPI's "
                      "`weighted_by` must also name a KPI with a child in the unit of each of "
                      "the weighted KPI's children.",
            .why = "The links are the plan's logic: issues lead to objectives, objectives to KPIs "
                   "and strategies, strategies to actions. A broken link cuts that chain where "
                   "nobody sees it, and the checks that follow it (coverage, cascade, load) have "
                   "nothing to follow.",
            .fix = "Correct the id, or add the entity it means. kaplan-plan(5) lists which kinds "
                   "each field may name."},
     .zh = {.title = "引用不存在或类型不符",
            .checks = "引用其他实体的字段写了一个在整个规划中都没有定义的 id，或者指向了类型不对"
                      "的实体，例如行动计划的 `owner` 写的是部门而不是人员，战略目标的 "
                      "`addresses` 写的是外部环境因素而不是战略问题。指标的 `weighted_by` 所引用"
                      "的指标，还须在被加权指标每个下级指标的单位都有下级指标。",
            .why = "引用关系就是规划的逻辑链：战略问题引出战略目标，战略目标落到关键绩效指标和实"
                   "施战略，实施战略落到行动计划。一处引用断了，链条就在看不见的地方断开，沿着它"
                   "进行的检查（指标覆盖、指标分解、人员负荷）也就无从进行。",
            .fix = "改正 id，或补上它所指的实体。各字段可以引用哪类实体，见 kaplan-plan(5)。"},
     .example = R"(units:
  - {id: gov, name: 政企客户部, kind: department}
people:
  - {id: P-wang, name: 王磊, unit: gov}
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: gov
    start: 2027-02-01
    due: 2027-06-30)",
     .example_fixed = R"(units:
  - {id: gov, name: 政企客户部, kind: department}
people:
  - {id: P-wang, name: 王磊, unit: gov}
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    start: 2027-02-01
    due: 2027-06-30)"},

    {.id = "KAP-S007",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "value outside its set or range",
            .checks = "A value lies outside the set or range its field allows: a word that is not "
                      "in the field's list (`perspective`, `priority`, `impact`, `kind`, `status` "
                      "and the like); a `rating`, `benchmark` or skill level outside 1 to 5; a "
                      "`capacity` that is not above 0 and at most 1.5; a negative `committed` or "
                      "`effort`; a `horizon` outside 1 to 10; a `weight` that is not above 0; a "
                      "share outside 0 to 1; `phasing` that is not four shares summing to 1; "
                      "`weighted_by` on a KPI whose "
                      "`rollup` is not `mean`, or naming the KPI itself. A "
                      "Chinese word for a value (`学习成长`, `草稿`, `核心`) is answered with the "
                      "value it stands for; ids separated by a full-width comma `，` are named "
                      "at the comma.",
            .why = "Closed lists and ranges make plans comparable across branches and years: one "
                   "branch's `core` segment must mean what another's means, and a capacity of 2.0 "
                   "FTE would hide an overload that is really there.",
            .fix = "Use one of the values the format lists for the field (kaplan-plan(5)), or a "
                   "number inside its range. Enumerations are written in English even in a "
                   "Chinese plan."},
     .zh = {.title = "取值超出范围",
            .checks = "取值不在字段允许的集合或范围内：枚举字段（`perspective`、`priority`、"
                      "`impact`、`kind`、`status` 等）写了列表以外的词；`rating`、`benchmark` "
                      "或技能等级不在 1 到 5 之间；`capacity` 不在大于 0、不超过 1.5 的范围内；"
                      "`committed` 或 `effort` 为负数；`horizon` 不在 1 到 10 之间；`weight` 不"
                      "大于 0；比例不在 0 到 1 之间；`phasing` 不是四个合计为 1 的比例；`rollup` "
                      "不是 `mean` 的指标写了 "
                      "`weighted_by`，或 `weighted_by` 引用了指标自身。枚举值写成"
                      "中文（如 `学习成长`、`草稿`、`核心`）时，会提示对应的英文取值；用全角逗号 "
                      "`，` 分隔的 id 会在该逗号处报告。",
            .why =
                "封闭的取值列表和范围，使不同分公司、不同年度的规划可以相互比较：一个分公司的 "
                "`core` 客户群必须和另一个分公司的含义相同；而 2.0 FTE 的可投入工作量会把真实存在的"
                "超负荷掩盖掉。",
            .fix = "改用格式为该字段列出的取值（见 kaplan-plan(5)），或填写范围内的数字。即使规"
                   "划用中文编写，枚举值也要写英文。"},
     .example = R"(environment:
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: 重点)",
     .example_fixed = R"(environment:
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core)"},

    {.id = "KAP-S008",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "bad date, month, period or year",
            .checks = "A date is not a real calendar day written `YYYY-MM-DD` (`2027-06-31` and "
                      "`2027/6/30` are both wrong), a month is not `YYYY-MM`, a period is not "
                      "`YYYY`, `YYYY-Hn` (n 1 or 2), `YYYY-Qn` (n 1 to 4) or `YYYY-MM`, or a year "
                      "(`cycle`, a budget `year`, a key of `targets` or `revenue`) is not a whole "
                      "year such as `2027`.",
            .why = "Dates place work in months and years: people's monthly load, yearly budgets "
                   "and the time deviation of actions are all counted from them. A date that only "
                   "looks right puts work in the wrong month, or in none.",
            .fix = "Write a date as `YYYY-MM-DD` with a day that exists, a month as `YYYY-MM`, "
                   "and a period in one of the forms above."},
     .zh = {.title = "日期、月份、期间或年份有误",
            .checks = "日期不是 `YYYY-MM-DD` 形式的真实日期（`2027-06-31`、`2027/6/30` 都不对），"
                      "月份不是 `YYYY-MM`，期间不是 `YYYY`、`YYYY-Hn`（n 为 1 或 2）、"
                      "`YYYY-Qn`（n 为 1 到 4）、`YYYY-MM` 之一，或者年份（`cycle`、预算的 "
                      "`year`、`targets` 和 `revenue` 的键）不是 `2027` 这样的整数年份。",
            .why = "日期决定工作落在哪个月、哪一年：人员的月度负荷、年度预算、行动计划的时间偏差"
                   "都据此计算。看似正确的错误日期，会把工作放进错误的月份，甚至无处可放。",
            .fix = "日期写成 `YYYY-MM-DD`，而且必须是真实存在的日子；月份写成 `YYYY-MM`；期间"
                   "使用上述格式之一。"},
     .example = R"(actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    start: 2027-02-01
    due: 2027-06-31)",
     .example_fixed = R"(actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    start: 2027-02-01
    due: 2027-06-30)"},

    {.id = "KAP-S009",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "missing or unsupported format version",
            .checks = "The root plan file, or an actuals file, has no `kaplan:` key, or its value "
                      "is not a format version this kaplan reads. This release reads version 1 "
                      "(`kaplan: 1`).",
            .why = "The version says which format a file was written for. Reading a file of "
                   "another version as if it were this one would report findings that are not "
                   "there and miss those that are.",
            .fix = "Put `kaplan: 1` at the top of the file."},
     .zh = {.title = "缺少格式版本或版本不受支持",
            .checks = "规划的根文件或实际完成文件中没有 `kaplan:` 键，或者它的取值不是本版 kaplan "
                      "能读取的格式版本。当前版本只读取版本 1（`kaplan: 1`）。",
            .why = "版本号说明文件是按哪一版格式编写的。把其他版本的文件当作本版来读，会报告并不"
                   "存在的问题，又漏掉真正的问题。",
            .fix = "在文件开头写上 `kaplan: 1`。"},
     .example = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027)",
     .example_fixed = R"(kaplan: 1
plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027)"},

    {.id = "KAP-S010",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "the same key twice in one mapping",
            .checks = "The same key appears twice in one mapping, e.g. two `targets:` in one KPI. "
                      "Many YAML readers silently keep one of the two; kaplan points at the second "
                      "and notes the first.",
            .why = "Whichever value is kept, someone's edit is lost without a trace. It often "
                   "appears after two planners' changes to the same entity are merged.",
            .fix = "Keep one key and merge the values into it."},
     .zh = {.title = "同一映射中键重复",
            .checks = "同一个映射中同一个键出现了两次，例如一个指标里写了两个 `targets:`。很多 "
                      "YAML 工具会悄悄只保留其中一个；kaplan 指向第二个，并附注第一个的位置。",
            .why = "无论保留哪一个，总有一位规划人员的修改无声无息地丢失。这种情况常出现在两人对"
                   "同一实体的修改合并之后。",
            .fix = "只保留一个键，把两处的取值合并进去。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
    targets: {2027: 1050})",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1050, 2028: 1150, 2029: 1300}
    weight: 0.4)"},

    {.id = "KAP-S011",
     .severity = Severity::error,
     .family = 'S',
     .en = {.title = "include that cannot be resolved",
            .checks = "An entry of `include:` names a file that does not exist or cannot be read, "
                      "resolves to a place outside the directory tree of the root plan file, or "
                      "leads back to a file that is already being included (a cycle). Paths and "
                      "glob patterns are relative to the file that holds the `include:`.",
            .why = "Branches own their files but the plan is one: every planner, and every CI "
                   "run, must see the same set of files. A file outside the plan's tree is not "
                   "reviewed with the plan, and a cycle has no meaning.",
            .fix = "Correct the path, move the file into the plan's folder, or remove the "
                   "include that closes the cycle."},
     .zh = {.title = "include 的文件不存在、越出规划目录或循环引用",
            .checks = "`include:` 中的某一项所指的文件不存在或读不出来，解析后落在根文件所在目录"
                      "树之外，或者绕回到一个正在被引入的文件（形成循环）。路径和通配模式都相对于"
                      "写有该 `include:` 的文件。",
            .why = "各分公司各管各的文件，但规划是一个整体：每位规划人员、每次 CI 检查看到的文件"
                   "必须是同一批。规划目录之外的文件不会随规划一起评审，循环引入更是没有意义。",
            .fix = "改正路径，把文件移入规划目录，或者删除造成循环的那一条引入。"},
     .example = R"(kaplan: 1
plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
include: [../shared/units.yaml])",
     .example_fixed = R"(kaplan: 1
plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
include: [shared/units.yaml])"},

    {.id = "KAP-S012",
     .severity = Severity::warning,
     .family = 'S',
     .en = {.title = "suppression without a reason or for an unknown rule",
            .checks = "An `ignore:` entry has no reason (its value is missing or empty), or its "
                      "key is not the id of any kaplan rule. Every suppression has the form "
                      "`ignore: {RULE-ID: \"reason\"}`.",
            .why = "A suppression is a decision to live with a finding; its reason lets the next "
                   "reviewer, or next year's review, judge whether the decision still holds. An "
                   "entry for an unknown rule suppresses nothing: usually the id is misspelt and "
                   "the finding it was meant for is still there.",
            .fix = "Write the reason as the entry's value, as a sentence a reviewer can judge, "
                   "and spell the rule id as `kaplan explain` shows it."},
     .zh = {.title = "豁免缺少理由或规则不存在",
            .checks = "`ignore:` 中的某一项没有写理由（值缺失或为空），或者它的键不是任何一条 "
                      "kaplan 规则的编号。每条豁免都应写成 `ignore: {RULE-ID: \"理由\"}` 的形式。",
            .why = "豁免一条检查结果是一个决定，写明理由，下一位评审人、下一年度滚动时的回顾才能判"
                   "断这个决定是否仍然成立。指向不存在规则的豁免项什么也不会豁免：通常是编号写错"
                   "了，本想豁免的检查结果依然存在。",
            .fix = "把理由写成这一项的值，写成评审人能够判断的一句话；规则编号按 "
                   "`kaplan explain` 显示的写法填写。"},
     .example = R"(objectives:
  - id: OBJ-L1
    perspective: learning
    statement: 建成省级大客户经理梯队
    addresses: [ISS-2]
    ignore: {KAP-C006: ""})",
     .example_fixed = R"(objectives:
  - id: OBJ-L1
    perspective: learning
    statement: 建成省级大客户经理梯队
    addresses: [ISS-2]
    ignore: {KAP-C006: "集团考核体系暂无人才类指标"})"},
};

} // namespace

std::span<const RuleInfo> structure_rules() {
  return kSRules;
}

} // namespace kaplan::detail
