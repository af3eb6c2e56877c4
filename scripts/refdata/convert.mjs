#!/usr/bin/env node
// Regenerates the reference divisions shipped with Passerelle:
//   src/main/resources/refdata/divisions-fr.csv
//   src/main/resources/refdata/divisions-kr.csv
//
// Usage (Node 20, no dependency besides the Etalab data package, installed outside the repo):
//   node scripts/refdata/convert.mjs <path-to-node_modules> <path-to-shared-refdata-kr> [output-dir]
//
// See scripts/refdata/README.md for sources, licences and the attribution to display.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = ['country', 'code', 'level', 'name', 'name_en', 'parent_code',
  'population', 'population_year', 'population_source'];

const ETALAB_PACKAGE = '@etalab/decoupage-administratif';

// The package carries no machine-readable millésime for its population figures, so each
// supported version is listed here after checking it by hand (see README.md). An unknown
// version stops the run instead of guessing a year.
//  - communes: INSEE population municipale, populations légales ("populations de référence")
//    millésime 2023 (population at 1 Jan 2023, in force from 1 Jan 2026), rebased by the
//    package onto the 2026 commune geography (communes nouvelles summed). Check: metropolitan
//    + DROM communes without Mayotte sum to 68,094,280 (INSEE: 68.094 million at 1 Jan 2023).
//  - Mayotte (976): INSEE 2017 census figures (package README: "population Mayotte INSEE 2017").
//  - EPCI: the package's own EPCI figures come from the DGCL list and are millésime 2022, so
//    they are NOT used; EPCI, département and région populations are the sum of their member
//    communes' 2023 population municipale (how INSEE itself aggregates population municipale).
const KNOWN_VERSIONS = {
  '6.0.0': { year: 2023, mayotteYear: 2017, checkSumExclMayotte: 68094280 },
};

// Geography outside régions/départements (collectivités d'outre-mer, TAAF, Clipperton) has no
// level in this model and different census years: excluded.
const FR_ZONES = new Set(['metro', 'drom']);
const MAYOTTE_DEPARTMENT = '976';

function fail(message) {
  console.error(`convert.mjs: ${message}`);
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(`check failed: ${message}`);
}

// ---------- CSV (RFC 4180) ----------

function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (quoted) fail('unterminated quoted field in CSV input');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((r) => {
    check(r.length === header.length, `CSV row has ${r.length} fields, header has ${header.length}: ${r.join(',')}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}

function csvField(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(path, rows) {
  const lines = [HEADER.join(',')];
  for (const r of rows) lines.push(HEADER.map((h) => csvField(r[h])).join(','));
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
}

function countByLevel(rows) {
  const counts = {};
  for (const r of rows) counts[r.level] = (counts[r.level] || 0) + 1;
  return counts;
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// ---------- France ----------

function buildFrance(nodeModules) {
  const pkgDir = join(nodeModules, ...ETALAB_PACKAGE.split('/'));
  const readJson = (p) => JSON.parse(readFileSync(join(pkgDir, p), 'utf8'));
  const version = readJson('package.json').version;
  const known = KNOWN_VERSIONS[version];
  if (!known) {
    fail(`${ETALAB_PACKAGE} ${version} is not in KNOWN_VERSIONS: find the millésime of its `
      + `population figures (see README.md) and add it, or install ${ETALAB_PACKAGE}@6.0.0`);
  }
  const source = `INSEE, populations légales ${known.year}, via ${ETALAB_PACKAGE} ${version}`;
  const mayotteSource = `INSEE, recensement de Mayotte ${known.mayotteYear}, via ${ETALAB_PACKAGE} ${version}`;
  const sumNote = ' (sum of member communes)';

  const regions = readJson('data/regions.json').filter((r) => FR_ZONES.has(r.zone));
  const departements = readJson('data/departements.json').filter((d) => FR_ZONES.has(d.zone));
  const communes = readJson('data/communes.json')
    .filter((c) => c.type === 'commune-actuelle' && FR_ZONES.has(c.zone));
  const epcis = readJson('data/epci.json');

  const regionCodes = new Set(regions.map((r) => r.code));
  const depByCode = new Map(departements.map((d) => [d.code, d]));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  check(communeByCode.size === communes.length, 'duplicate commune codes');

  // Sanity checks on the millésime assumption.
  const sumExclMayotte = communes
    .filter((c) => c.departement !== MAYOTTE_DEPARTMENT)
    .reduce((s, c) => s + c.population, 0);
  check(sumExclMayotte === known.checkSumExclMayotte,
    `communes excl. Mayotte sum to ${sumExclMayotte}, expected ${known.checkSumExclMayotte} for ${version}`);

  const isMayotte = (c) => c.departement === MAYOTTE_DEPARTMENT;

  // Aggregate population of a set of communes: exact sum, with the year of its figures.
  function aggregate(members) {
    if (!members.length || members.some((c) => !Number.isInteger(c.population))) {
      return { population: '', population_year: '', population_source: '' };
    }
    const mayotte = members.filter(isMayotte).length;
    check(mayotte === 0 || mayotte === members.length, 'aggregate mixes Mayotte and other communes');
    return {
      population: members.reduce((s, c) => s + c.population, 0),
      population_year: mayotte ? known.mayotteYear : known.year,
      population_source: (mayotte ? mayotteSource : source) + sumNote,
    };
  }

  const rows = [];
  for (const r of [...regions].sort(byCode)) {
    rows.push({
      country: 'FR', code: r.code, level: 'FR_REGION', name: r.nom, name_en: '', parent_code: '',
      ...aggregate(communes.filter((c) => c.region === r.code)),
    });
  }
  for (const d of [...departements].sort(byCode)) {
    check(regionCodes.has(d.region), `département ${d.code} has unknown région ${d.region}`);
    rows.push({
      country: 'FR', code: d.code, level: 'FR_DEPARTMENT', name: d.nom, name_en: '', parent_code: d.region,
      ...aggregate(communes.filter((c) => c.departement === d.code)),
    });
  }
  const seenMembers = new Set();
  for (const e of [...epcis].sort(byCode)) {
    check(/^\d{9}$/.test(e.code), `EPCI code ${e.code} is not a SIREN`);
    const members = e.membres.map((m) => {
      const c = communeByCode.get(m.code);
      check(c, `EPCI ${e.code} member ${m.code} is not a current commune`);
      check(!seenMembers.has(m.code), `commune ${m.code} belongs to two EPCI`);
      seenMembers.add(m.code);
      return c;
    });
    rows.push({
      country: 'FR', code: e.code, level: 'FR_INTERCOMMUNALITY', name: e.nom, name_en: '',
      parent_code: '', // the package does not give the EPCI seat's région
      ...aggregate(members),
    });
  }
  for (const c of [...communes].sort(byCode)) {
    check(depByCode.has(c.departement), `commune ${c.code} has unknown département ${c.departement}`);
    check(depByCode.get(c.departement).region === c.region, `commune ${c.code}: région mismatch`);
    const known_ = Number.isInteger(c.population);
    rows.push({
      country: 'FR', code: c.code, level: 'FR_MUNICIPALITY', name: c.nom, name_en: '',
      parent_code: c.departement,
      population: known_ ? c.population : '',
      population_year: known_ ? (isMayotte(c) ? known.mayotteYear : known.year) : '',
      population_source: known_ ? (isMayotte(c) ? mayotteSource : source) : '',
    });
  }
  return { rows, version, known };
}

// ---------- Korea ----------

const SIDO_LEVELS = [ // longest suffix first
  ['특별자치시', 'KR_SPECIAL_SELF_GOVERNING_CITY', 'special self-governing city'],
  ['특별자치도', 'KR_SPECIAL_SELF_GOVERNING_PROVINCE', 'special self-governing province'],
  ['특별시', 'KR_SPECIAL_CITY', 'special city'],
  ['광역시', 'KR_METROPOLITAN_CITY', 'metropolitan city'],
  ['도', 'KR_PROVINCE', 'province'],
];
const SIGUNGU_LEVELS = {
  gu: ['구', 'KR_DISTRICT'],
  si: ['시', 'KR_CITY'],
  gun: ['군', 'KR_COUNTY'],
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function buildKorea(krDir) {
  // kr_sigungu_nonautonomous.csv is deliberately not read: those are not local governments.
  const sido = parseCsv(readFileSync(join(krDir, 'kr_sido.csv'), 'utf8'));
  const sigungu = parseCsv(readFileSync(join(krDir, 'kr_sigungu.csv'), 'utf8'));

  const asOf = new Set(sido.map((s) => s.as_of));
  check(asOf.size === 1, `kr_sido.csv has several as_of dates: ${[...asOf]}`);
  const [asOfDate] = asOf;
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(asOfDate);
  check(m, `unexpected as_of ${asOfDate}`);
  const year = m[1];
  const source = `MOIS, resident registration statistics, ${MONTHS[Number(m[2]) - 1]} ${year}; KOSTAT SGIS`;

  const rows = [];
  const sidoPop = new Map();
  for (const s of [...sido].sort(byCode)) {
    check(/^\d{2}$/.test(s.code), `sido code ${s.code}`);
    const entry = SIDO_LEVELS.find(([suffix]) => s.name_ko.endsWith(suffix));
    check(entry && entry[2] === s.level, `sido ${s.code} ${s.name_ko}: suffix does not match level "${s.level}"`);
    check(s.population_year === year, `sido ${s.code} population_year ${s.population_year} != ${year}`);
    sidoPop.set(s.code, Number(s.population));
    rows.push({
      country: 'KR', code: s.code, level: entry[1], name: s.name_ko, name_en: s.name_en, parent_code: '',
      population: s.population, population_year: s.population ? s.population_year : '',
      population_source: s.population ? source : '',
    });
  }
  const sums = new Map();
  for (const g of [...sigungu].sort(byCode)) {
    check(/^\d{5}$/.test(g.code), `sigungu code ${g.code}`);
    check(sidoPop.has(g.parent_sido_code), `sigungu ${g.code} has unknown sido ${g.parent_sido_code}`);
    check(g.code.startsWith(g.parent_sido_code), `sigungu ${g.code} code does not start with ${g.parent_sido_code}`);
    const lv = SIGUNGU_LEVELS[g.type];
    check(lv && g.name_ko.endsWith(lv[0]), `sigungu ${g.code} ${g.name_ko}: type "${g.type}" does not match name`);
    check(g.population_year === year, `sigungu ${g.code} population_year ${g.population_year} != ${year}`);
    if (g.population) sums.set(g.parent_sido_code, (sums.get(g.parent_sido_code) || 0) + Number(g.population));
    rows.push({
      country: 'KR', code: g.code, level: lv[1], name: g.name_ko, name_en: g.name_en,
      parent_code: g.parent_sido_code,
      population: g.population, population_year: g.population ? g.population_year : '',
      population_source: g.population ? source : '',
    });
  }
  for (const [code, sum] of sums) {
    check(sum === sidoPop.get(code), `sido ${code}: districts sum to ${sum}, sido says ${sidoPop.get(code)}`);
  }
  return { rows };
}

// ---------- main ----------

const [nodeModulesArg, krDirArg, outArg] = process.argv.slice(2);
if (!nodeModulesArg || !krDirArg) {
  fail('usage: node scripts/refdata/convert.mjs <path-to-node_modules> <path-to-shared-refdata-kr> [output-dir]');
}
const scriptDir = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(outArg || join(scriptDir, '..', '..', 'src', 'main', 'resources', 'refdata'));
mkdirSync(outDir, { recursive: true });

const fr = buildFrance(resolve(nodeModulesArg));
const kr = buildKorea(resolve(krDirArg));

const frCounts = countByLevel(fr.rows);
const krCounts = countByLevel(kr.rows);
check(frCounts.FR_REGION === 18, `expected 18 régions, got ${frCounts.FR_REGION}`);
check(frCounts.FR_DEPARTMENT === 101, `expected 101 départements, got ${frCounts.FR_DEPARTMENT}`);
check(krCounts.KR_CITY === 75 && krCounts.KR_COUNTY === 82 && krCounts.KR_DISTRICT === 69,
  `expected 75 si / 82 gun / 69 gu, got ${JSON.stringify(krCounts)}`);
check(kr.rows.length === 17 + 226, `expected 243 Korean rows, got ${kr.rows.length}`);

const frPath = join(outDir, 'divisions-fr.csv');
const krPath = join(outDir, 'divisions-kr.csv');
writeCsv(frPath, fr.rows);
writeCsv(krPath, kr.rows);

console.log(`${frPath}: ${fr.rows.length} rows (${ETALAB_PACKAGE} ${fr.version}, populations ${fr.known.year})`);
for (const [level, n] of Object.entries(frCounts)) console.log(`  ${level.padEnd(36)} ${n}`);
console.log(`  without population: ${fr.rows.filter((r) => r.population === '').length}`);
console.log(`${krPath}: ${kr.rows.length} rows`);
for (const [level, n] of Object.entries(krCounts)) console.log(`  ${level.padEnd(36)} ${n}`);
console.log(`  without population: ${kr.rows.filter((r) => r.population === '').length}`);
