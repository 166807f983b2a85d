// Assessments and the lever diagnostic through GJS.
import Coop from 'gi://Coop?version=1';
import GLib from 'gi://GLib';
import {check, checkEqual, run} from './harness.js';

const VOIRONNAIS = '243800984';
const GRENOBLE = '200040715';
const day = (y, m, d = 1) => GLib.DateTime.new_utc(y, m, d, 0, 0, 0);

function build() {
    const model = Coop.Model.new(Coop.Atlas.dup_default());
    const body = Coop.Body.new('copil', Coop.BodyKind.COMITE_DE_PILOTAGE, 'Comité de pilotage');
    body.set_scope([VOIRONNAIS, GRENOBLE]);
    body.add_meeting(Coop.Meeting.new(day(2026, 3), 'Comité'));
    body.add_meeting(Coop.Meeting.new(day(2026, 9), 'Comité'));
    model.add_body(body);
    return model;
}

const model = build();
const scale = Coop.Scale.new_builtin('libcoop');

run({
    'assessment reaches step 2'() {
        const assessment = Coop.Assessment.new(model, scale, [VOIRONNAIS, GRENOBLE], day(2026, 11));
        checkEqual(assessment.level, 2);
        checkEqual(assessment.get_step().get_label('fr'), 'Échanger');
        const criteria = assessment.get_steps().get_item(1).get_criteria();
        check(criteria.get_item(0).met, 'the meetings criterion met');
        checkEqual(criteria.get_item(0).evidence.length, 2);
        check(assessment.dup_missing('en').length > 0, 'something missing for step 3');
    },

    'staircase over dates'() {
        const staircase = Coop.Assessment.list_staircase(model, scale, [VOIRONNAIS, GRENOBLE],
            [day(2026, 1), day(2026, 11)]);
        checkEqual(staircase.get_item(0).level, 1);
        checkEqual(staircase.get_item(1).level, 2);
    },

    'unknown territory throws'() {
        let thrown = null;
        try {
            Coop.Assessment.new(model, scale, ['99999'], null);
        } catch (e) {
            thrown = e;
        }
        check(thrown !== null && thrown.matches(Coop.error_quark(), Coop.Error.UNKNOWN_REFERENCE),
            `UNKNOWN_REFERENCE, got ${thrown}`);
    },

    'diagnostic of levers'() {
        const diagnostic = Coop.Diagnostic.new(model, day(2026, 11));
        checkEqual(diagnostic.get_levers().get_n_items(), 10);
        const lever = diagnostic.get_lever(9);
        checkEqual(lever.id, 'mutualisation');
        check(lever.weak, 'pooling is weak with nothing pooled');
        check(lever.get_recommendation('fr').length > 0, 'a recommendation in French');
        checkEqual(Coop.lever_axis_get_label(Coop.LeverAxis.CONVERGENCE, 'en'), 'Convergence of projects and resources');
    },
});
