// SPDX-License-Identifier: MIT
// The peer of `kaplan validate` in bench/run: what a user would script instead, with
// js-yaml (core schema) and ajv checking every YAML file of a plan folder against
// `kaplan schema`. Schema checks only: no ids across files, cascades, loads or budgets.
// node bench/peer_validate.js SCHEMA.json PLAN_DIR [SKIP_PREFIX]: prints the number of
// files and of schema errors; exits 1 when a file does not parse.
"use strict";
const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaFile, planDir, skip = "actuals"] = process.argv.slice(2);
const ajv = new Ajv2020({strict: false, allowUnionTypes: true, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));

function yamlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (e.isFile() && /\.ya?ml$/.test(e.name) && !e.name.startsWith(skip)) out.push(p);
  }
  return out;
}

let files = 0, errors = 0;
for (const file of yamlFiles(planDir)) {
  files++;
  const doc = yaml.load(fs.readFileSync(file, "utf8"), {schema: yaml.CORE_SCHEMA, filename: file});
  if (!validate(doc)) errors += validate.errors.length;
}
console.log(`${files} files, ${errors} schema errors`);
