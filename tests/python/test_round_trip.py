"""What the API accepts, the reader accepts (STYLE.md 18).

A property test: random models are built through the API as a notebook
builds them, every writable property of every object set to random values,
valid and invalid (dates from year 1 to 9999 in any time zone, populations
beyond 32 bits, years out of range, repeated references, control
characters, huge strings). A setter refuses what the reader would refuse;
whatever it accepted must save, load again, and save to the same document.

COOP_ROUND_TRIP_SEED and COOP_ROUND_TRIP_MODELS change the seed (fixed by
default, so that a failure repeats) and the number of models.
"""

import os
import random
import unittest

import gi

gi.require_version("Coop", "1")
from gi.repository import Coop, GLib, GObject  # noqa: E402

SEED = int(os.environ.get("COOP_ROUND_TRIP_SEED", "15"))
MODELS = int(os.environ.get("COOP_ROUND_TRIP_MODELS", "300"))

# Real codes the references may name, and ids of the model's own objects.
COMMUNES = ["38563", "38565", "38185", "07129", "75056"]
EPCI = ["243800984", "200040715"]
WORDS = ["a", "b", "pays-x", "copil", "plan", "x y", "É", "<b>", "a|b", "# h", "line\nbreak",
         "tab\tcr\r", "\x01ctl", "\u2028sep", "é" * 300, "z" * 5000, "\U0001F600", "[l](javascript:x)"]
YEARS = [1, 2, 1500, 1799, 1800, 1801, 1950, 2000, 2026, 2999, 3000, 3001, 5000, 9998, 9999]


class Randomiser:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def word(self):
        return self.rng.choice(WORDS)

    def reference(self, pool):
        return self.rng.choice(pool + WORDS[:4])

    def strv(self, pool):
        return [self.reference(pool) for _ in range(self.rng.randint(0, 4))]

    def date(self):
        year = self.rng.choice(YEARS)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if self.rng.random() < 0.5:
            return GLib.DateTime.new_utc(year, month, day, 0, 0, 0)
        # Another time zone and time of day: the day written is the UTC one.
        zone = GLib.TimeZone.new_offset(self.rng.choice([-12, -5, 0, 2, 14]) * 3600)
        date = GLib.DateTime.new(zone, year, month, day, self.rng.randint(0, 23), self.rng.randint(0, 59), 0)
        return date

    def integer(self, pspec):
        low, high = pspec.minimum, pspec.maximum
        candidates = [low, high, self.rng.randint(low, min(high, low + 200)),
                      self.rng.randint(low, high)]
        return self.rng.choice(candidates)

    def value(self, pspec, pool):
        kind = pspec.value_type
        if kind == GObject.TYPE_STRING:
            return None if self.rng.random() < 0.1 else self.word()
        if kind == GObject.TYPE_BOOLEAN:
            return self.rng.random() < 0.5
        if kind in (GObject.TYPE_UINT, GObject.TYPE_INT, GObject.TYPE_INT64, GObject.TYPE_UINT64):
            return self.integer(pspec)
        if kind == GObject.TYPE_DOUBLE:
            return self.rng.uniform(pspec.minimum, pspec.maximum) if pspec.maximum < 1e300 else self.rng.random()
        if kind.is_a(GObject.TYPE_ENUM):
            return self.rng.choice(list(pspec.enum_class.__enum_values__.values()))
        if kind == GLib.DateTime.__gtype__:
            return None if self.rng.random() < 0.1 else self.date()
        if kind == GObject.TYPE_STRV:
            return self.strv(pool)
        return None

    def randomise(self, obj, pool):
        """Sets every writable property, the way a binding does."""
        for pspec in obj.list_properties():
            if not pspec.flags & GObject.ParamFlags.WRITABLE or pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY:
                continue
            if self.rng.random() < 0.3:
                continue
            value = self.value(pspec, pool)
            if value is None and pspec.value_type in (GObject.TYPE_BOOLEAN,):
                continue
            try:
                obj.set_property(pspec.name, value)
            except (TypeError, OverflowError, ValueError):
                pass


def construct(constructor, *args):
    """A constructor refuses a date no document holds (it returns NULL)."""
    try:
        return constructor(*args)
    except TypeError:
        return None


def build(atlas, randomiser):
    rng = randomiser.rng
    model = Coop.Model.new(atlas)
    randomiser.randomise(model, [])
    ids = []

    for i in range(rng.randint(0, 3)):
        kind = rng.choice([Coop.TerritoryKind.PAYS, Coop.TerritoryKind.PNR, Coop.TerritoryKind.SCOT,
                           Coop.TerritoryKind.CUSTOM])
        code = f"t{i}" if rng.random() < 0.9 else randomiser.word()
        territory = Coop.Territory.new(kind, code, randomiser.word())
        randomiser.randomise(territory, COMMUNES + EPCI + ids)
        territory.set_member_codes(randomiser.strv(COMMUNES + EPCI + ids))
        # The setters the properties do not reach with 64-bit values.
        for setter in (territory.set_population_municipale, territory.set_population_totale):
            if rng.random() < 0.3:
                setter(rng.choice([0, 5, 2**31 - 1, 2**31, 2**40, 2**63 - 1]))
        if rng.random() < 0.3:
            territory.set_population_year(rng.choice([0, 1, 1799, 1800, 2022, 3000, 3001, 2**31 - 1]))
        # The populations of a proposed EPCI's communes, valid and not.
        for code in rng.sample(COMMUNES, k=rng.randint(0, 2)):
            territory.set_member_population(code, rng.choice([0, 7, 2**31 - 1, 2**31, -1, -5]))
        for setter in (territory.set_valid_from, territory.set_valid_until):
            if rng.random() < 0.3:
                setter(randomiser.date())
        try:
            model.add_territory(territory)
            ids.append(territory.get_code())
        except GLib.Error:
            pass

    for i in range(rng.randint(0, 3)):
        actor = Coop.Actor.new(f"actor-{i}", rng.choice(list(Coop.ActorKind.__enum_values__.values())),
                               randomiser.word())
        randomiser.randomise(actor, COMMUNES + EPCI + ids)
        try:
            model.add_actor(actor)
        except GLib.Error:
            pass

    for i in range(rng.randint(0, 2)):
        post = Coop.Post.new(f"post-{i}", randomiser.word(), rng.choice(list(Coop.Role.__enum_values__.values())))
        randomiser.randomise(post, COMMUNES + EPCI + ids)
        try:
            model.add_post(post)
        except GLib.Error:
            pass
        mandate = Coop.Mandate.new(f"mandate-{i}", randomiser.reference(["actor-0", "actor-1"]),
                                   rng.choice(list(Coop.Role.__enum_values__.values())))
        randomiser.randomise(mandate, COMMUNES + EPCI + ids + ["post-0", "body-0"])
        try:
            model.add_mandate(mandate)
        except GLib.Error:
            pass
        rating = Coop.Rating.new(f"rating-{i}", randomiser.reference(["actor-0"]), randomiser.reference(EPCI),
                                 randomiser.reference(EPCI), rng.randint(0, 6))
        randomiser.randomise(rating, EPCI)
        try:
            model.add_rating(rating)
        except GLib.Error:
            pass

    for i in range(rng.randint(0, 2)):
        body = Coop.Body.new(f"body-{i}", rng.choice(list(Coop.BodyKind.__enum_values__.values())),
                             randomiser.word())
        randomiser.randomise(body, COMMUNES + EPCI + ids)
        for _ in range(rng.randint(0, 3)):
            if rng.random() < 0.5:
                meeting = construct(Coop.Meeting.new, randomiser.date(), randomiser.word())
            else:  # through g_object_new (), as a binding's keyword constructor does
                meeting = Coop.Meeting(date=randomiser.date(), topic=randomiser.word())
            if meeting is not None:
                randomiser.randomise(meeting, COMMUNES + EPCI + ids)
                body.add_meeting(meeting)
        try:
            model.add_body(body)
        except GLib.Error:
            pass

    for i in range(rng.randint(0, 2)):
        agreement = Coop.Agreement.new(f"agreement-{i}",
                                       rng.choice(list(Coop.AgreementKind.__enum_values__.values())),
                                       randomiser.word())
        randomiser.randomise(agreement, COMMUNES + EPCI + ids)
        for reference in randomiser.strv(EPCI + ids):
            try:
                agreement.add_party(Coop.Party.new(reference, rng.choice(list(Coop.PartyRole.__enum_values__.values()))))
            except GLib.Error:
                pass
        for _ in range(rng.randint(0, 2)):
            signature = Coop.Signature.new(randomiser.reference(EPCI))
            randomiser.randomise(signature, EPCI)
            agreement.add_signature(signature)
        for _ in range(rng.randint(0, 2)):
            milestone = Coop.Milestone.new(randomiser.word())
            randomiser.randomise(milestone, [])
            agreement.add_milestone(milestone)
        for j in range(rng.randint(0, 2)):
            action = Coop.Action.new(f"action-{j}", randomiser.word())
            randomiser.randomise(action, EPCI + ids)
            for function in list(Coop.Function.__enum_values__.values())[:8]:
                if rng.random() < 0.3:
                    action.set_holders(function, randomiser.strv(EPCI + ids))
            try:
                agreement.add_action(action)
            except GLib.Error:
                pass
        for _ in range(rng.randint(0, 1)):
            resource = Coop.PooledResource.new(rng.choice(list(Coop.ResourceKind.__enum_values__.values())),
                                               rng.choice(list(Coop.PoolingMode.__enum_values__.values())),
                                               randomiser.word())
            randomiser.randomise(resource, EPCI + ids)
            agreement.add_pooled_resource(resource)
        for _ in range(rng.randint(0, 1)):
            agreement.add_link(Coop.AgreementLink.new(rng.choice(list(Coop.Relation.__enum_values__.values())),
                                                      randomiser.reference(["agreement-0", "agreement-1"])))
        for _ in range(rng.randint(0, 1)):
            if rng.random() < 0.5:
                evaluation = construct(Coop.Evaluation.new, randomiser.date())
            else:
                evaluation = Coop.Evaluation(date=randomiser.date())
            if evaluation is not None:
                randomiser.randomise(evaluation, [])
                agreement.add_evaluation(evaluation)
        for _ in range(rng.randint(0, 2)):
            try:
                agreement.transition(rng.choice(list(Coop.AgreementStatus.__enum_values__.values())),
                                     randomiser.date(), randomiser.word())
            except GLib.Error:
                pass
        try:
            model.add_agreement(agreement)
        except GLib.Error:
            pass

    return model


class RoundTrip(unittest.TestCase):
    def test_what_saves_loads_back_equal(self):
        atlas = Coop.Atlas.dup_default()
        randomiser = Randomiser(SEED)
        for n in range(MODELS):
            model = build(atlas, randomiser)
            data = model.to_data()
            if isinstance(data, tuple):
                data = data[0]
            try:
                again = Coop.Model.new_from_data(atlas, data, -1)
            except GLib.Error as error:
                self.fail(f"model {n} (seed {SEED}) was built through the API but does not load: "
                          f"{error.message}")
            written = again.to_data()
            if isinstance(written, tuple):
                written = written[0]
            self.assertEqual(written, data, f"model {n} (seed {SEED}) changed on a round trip")


if __name__ == "__main__":
    unittest.main()
