// SPDX-License-Identifier: MIT
// node sarif_check.js SCHEMA.json FILE.sarif...: validates each SARIF log against the
// official SARIF 2.1.0 JSON Schema (draft-07) with ajv, formats (uri, date-time …)
// checked, and exits 1 when one is rejected. Used by sarif_schema.sh.
"use strict";
const fs = require("fs");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

const [schemaFile, ...files] = process.argv.slice(2);
// The schema is OASIS's, not ours: strict mode would reject its own style (keywords
// ajv does not know), which says nothing about the logs.
const ajv = new Ajv({strict: false, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
let failed = 0;
for (const file of files) {
  if (validate(JSON.parse(fs.readFileSync(file, "utf8")))) {
    console.log(`ok   ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file}: ${ajv.errorsText(validate.errors)}`);
  }
}
process.exit(failed ? 1 : 0);
