"""Test cases of JUnit reports as Python's expat (a conforming XML parser)
reads them, by the action's rules, for __tests__/expat-comparison.test.ts.

stdin: a JSON array of report texts. stdout: a JSON array with, per report,
its test cases or {"error": message}. Only what the comparison's reports
hold is handled: nested suites, testcases, failure/error/skipped, output,
qasphere properties.
"""
import json
import sys
import xml.parsers.expat


def test_cases(report):
    parser = xml.parsers.expat.ParserCreate()
    stack = []  # [tag, attributes, text parts, children]
    suites = []
    found = []

    def start(tag, attributes):
        stack.append([tag, attributes, [], []])
        if tag == 'testsuite':
            suites.append(attributes.get('name', ''))

    def end(tag):
        node = stack.pop()
        if stack:
            stack[-1][3].append(node)
        if tag == 'testsuite':
            suites.pop()
        if tag != 'testcase':
            return
        attributes, children = node[1], node[3]
        text = lambda element: ''.join(element[2])
        problems = [
            [kind, child[1].get('message', ''), text(child).strip()]
            for kind in ('failure', 'error', 'skipped')
            for child in children
            if child[0] == kind
        ]
        kinds = [problem[0] for problem in problems]
        outcome = next(
            (k for k in ('failure', 'error', 'skipped') if k in kinds), 'passed'
        )
        all_output = '\n'.join(
            text(child)
            for tag in ('system-out', 'system-err')
            for child in children
            if child[0] == tag and text(child).strip()
        )
        output = all_output if outcome in ('failure', 'error') else ''
        # A bare <skipped/>: the output is its reason (meson writes it so).
        skip = next((p for p in problems if p[0] == 'skipped'), None)
        if outcome == 'skipped' and skip[1].strip() == '' and skip[2] == '':
            skip[2] = all_output.strip()[:10000]
        properties = [
            prop[1].get('value', '') or text(prop)
            for group in children
            if group[0] == 'properties'
            for prop in group[3]
            if prop[0] == 'property' and prop[1].get('name', '').lower() == 'qasphere'
        ]
        found.append({
            'name': attributes.get('name', '').strip(),
            'classname': attributes.get('classname', '').strip(),
            'suites': [name for name in reversed(suites) if name],
            'outcome': outcome,
            'problems': problems,
            'markerProperties': properties,
            'output': output,
        })

    def characters(data):
        if stack:
            stack[-1][2].append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.Parse(report.encode('utf-8'), True)
    return found


def read(report):
    try:
        return test_cases(report)
    except xml.parsers.expat.ExpatError as error:
        return {'error': str(error)}


json.dump([read(report) for report in json.load(sys.stdin)], sys.stdout)
