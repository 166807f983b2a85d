/* fuzz-common.h
 *
 * Copyright 2026 The libcoop authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "coop-atlas-private.h"
#include "coop-error.h"
#include "coop-territory-change.h"

G_BEGIN_DECLS

/* Each target defines this; libFuzzer or fuzz-driver.c calls it. */
int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

/* Walks what an atlas offers (lists, lookups, members, containers,
 * populations, search) so that every index a damaged file holds is
 * followed at least once. */
void fuzz_exercise_atlas    (CoopAtlas     *atlas);

/* Where the build put the fixtures the targets read. */
const char *fuzz_france_atlas_path (void);
const char *fuzz_tiny_source_dir   (void);

G_END_DECLS
