// A small test harness for GJS: each test is a function; a failure throws.
import System from 'system';

export function check(condition, what) {
    if (!condition)
        throw new Error(`expected ${what}`);
}

export function checkEqual(actual, expected) {
    if (actual !== expected)
        throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function run(tests) {
    let failed = 0;
    let index = 0;
    const names = Object.keys(tests);
    print(`1..${names.length}`);
    for (const name of names) {
        index++;
        try {
            tests[name]();
            print(`ok ${index} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${index} - ${name}`);
            printerr(`# ${name}: ${e.message}\n${e.stack}`);
        }
    }
    System.exit(failed > 0 ? 1 : 0);
}
