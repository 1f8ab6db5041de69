// SPDX-License-Identifier: MIT
// node ajv_check.js SCHEMA.json (good|bad) FILE.json...: validates each file against the
// schema with ajv (JSON Schema draft 2020-12, strict mode, formats checked) and exits 1
// when a good file is rejected or a bad file accepted. Used by schema_ajv.sh.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaFile, expect, ...files] = process.argv.slice(2);
// Union types (`"type": ["string", "number"]`) are valid JSON Schema; strict mode only
// asks for them to be allowed explicitly.
const ajv = new Ajv2020({strict: true, allowUnionTypes: true, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
let failed = 0;
for (const file of files) {
  const ok = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  if (ok !== (expect === "good")) {
    failed++;
    console.log(`FAIL ${file}: ${ok ? "accepted" : "rejected: " + ajv.errorsText(validate.errors)}`);
  } else {
    console.log(`ok   ${file}: ${ok ? "accepted" : "rejected: " + ajv.errorsText(validate.errors.slice(0, 1))}`);
  }
}
process.exit(failed ? 1 : 0);
