// The project's own labelled note sets, in the order `npm run eval` prints them. A set written blind is measurement only until
// it is read: `npm run eval` scores it, but nothing is fitted to it, and `npm run learn` does not learn from it.
export interface NoteSet {
  /** The folder under test/fixtures. */
  name: string;
  /** How `npm run eval` introduces it. */
  title: string;
  /** Written blind and not yet examined. */
  measurementOnly: boolean;
}

export const OWN_SETS: readonly NoteSet[] = [
  { name: 'labelled', title: "project's labelled notes, second development set (test/fixtures/labelled)", measurementOnly: false },
  { name: 'heldout', title: "project's first blind set, examined since 2026-11-26, now a development set (test/fixtures/heldout)", measurementOnly: false },
  { name: 'dev4', title: "project's fourth development set, written blind to the rules and read since (test/fixtures/dev4)", measurementOnly: false },
  { name: 'dev5', title: "project's fifth development set, confrontation and goals (test/fixtures/dev5)", measurementOnly: false },
  { name: 'blind2', title: "project's second blind set, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind2)", measurementOnly: false },
  { name: 'blind3', title: "project's third blind set, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind3)", measurementOnly: false },
  { name: 'blind4', title: "project's blind set blind4, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind4)", measurementOnly: false },
  { name: 'blind5', title: "project's blind set blind5, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind5)", measurementOnly: false },
  { name: 'blind6', title: "project's blind set blind6, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind6)", measurementOnly: false },
  { name: 'blind7', title: "project's blind set blind7, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind7)", measurementOnly: false },
  { name: 'blind8', title: "project's blind set blind8, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind8)", measurementOnly: false },
  { name: 'blind9', title: "project's blind set blind9, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind9)", measurementOnly: false },
  { name: 'blind10', title: "project's blind set blind10, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind10)", measurementOnly: false },
  { name: 'blind11', title: "project's blind set blind11, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind11)", measurementOnly: false },
  { name: 'blind12', title: "project's blind set blind12, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind12)", measurementOnly: false },
  { name: 'blind13', title: "project's blind set blind13, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind13)", measurementOnly: false },
  { name: 'blind14', title: "project's blind set blind14, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind14)", measurementOnly: false },
  { name: 'blind15', title: "project's blind set blind15, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind15)", measurementOnly: false },
  { name: 'blind16', title: "project's blind set blind16, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind16)", measurementOnly: false },
  { name: 'blind17', title: "project's blind set blind17, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind17)", measurementOnly: false },
  { name: 'blind18', title: "project's blind set blind18, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind18)", measurementOnly: false },
  { name: 'blind19', title: "project's blind set blind19, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind19)", measurementOnly: false },
  { name: 'blind20', title: "project's blind set blind20, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind20)", measurementOnly: false },
  { name: 'blind21', title: "project's blind set blind21, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind21)", measurementOnly: false },
  { name: 'blind22', title: "project's blind set blind22, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind22)", measurementOnly: false },
  { name: 'blind23', title: "project's blind set blind23, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind23)", measurementOnly: false },
  { name: 'blind24', title: "project's blind set blind24, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind24)", measurementOnly: false },
  { name: 'blind25', title: "project's blind set blind25, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind25)", measurementOnly: false },
  { name: 'blind26', title: "project's blind set blind26, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind26)", measurementOnly: false },
  { name: 'blind27', title: "project's blind set blind27, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind27)", measurementOnly: false },
  { name: 'blind28', title: "project's blind set blind28, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind28)", measurementOnly: false },
  { name: 'blind29', title: "project's blind set blind29, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind29)", measurementOnly: false },
  { name: 'blind30', title: "project's blind set blind30, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind30)", measurementOnly: false },
  { name: 'blind31', title: "project's blind set blind31, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind31)", measurementOnly: false },
  { name: 'blind32', title: "project's blind set blind32, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind32)", measurementOnly: false },
  { name: 'blind33', title: "project's blind set blind33, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind33)", measurementOnly: false },
  { name: 'blind34', title: "project's blind set blind34, examined since 2026-11-26 (seventh session), now a development set (test/fixtures/blind34)", measurementOnly: false },
  { name: 'blind35', title: "project's blind set blind35, examined since 2026-11-26 (seventh session), now a development set (test/fixtures/blind35)", measurementOnly: false },
  { name: 'blind36', title: "project's blind set blind36, examined since 2026-11-26 (seventh session), now a development set (test/fixtures/blind36)", measurementOnly: false },
  { name: 'blind37', title: "project's blind set blind37, examined since 2026-11-26 (seventh session), now a development set (test/fixtures/blind37)", measurementOnly: false },
  { name: 'blind38', title: "project's blind set blind38, examined since 2026-11-26 (eighth session), now a development set (test/fixtures/blind38)", measurementOnly: false },
  { name: 'blind39', title: "project's blind set blind39, examined since 2026-11-26 (eighth session), now a development set (test/fixtures/blind39)", measurementOnly: false },
  { name: 'blind40', title: "project's blind set blind40, examined since 2026-11-26 (eighth session), now a development set (test/fixtures/blind40)", measurementOnly: false },
  { name: 'blind41', title: "project's blind set blind41, examined since 2026-11-26 (eighth session), now a development set (test/fixtures/blind41)", measurementOnly: false },
  { name: 'blind42', title: "project's blind set blind42, measurement only (test/fixtures/blind42)", measurementOnly: true },
  { name: 'blind43', title: "project's blind set blind43, measurement only (test/fixtures/blind43)", measurementOnly: true },
  { name: 'blind44', title: "project's blind set blind44, measurement only (test/fixtures/blind44)", measurementOnly: true },
  { name: 'blind45', title: "project's blind set blind45, measurement only (test/fixtures/blind45)", measurementOnly: true },
  { name: 'blind46', title: "project's blind set blind46, measurement only (test/fixtures/blind46)", measurementOnly: true },
  { name: 'blind47', title: "project's blind set blind47, measurement only (test/fixtures/blind47)", measurementOnly: true },
  { name: 'blind48', title: "project's blind set blind48, measurement only (test/fixtures/blind48)", measurementOnly: true },
  { name: 'blind49', title: "project's blind set blind49, measurement only (test/fixtures/blind49)", measurementOnly: true },
  { name: 'blind50', title: "project's blind set blind50, measurement only (test/fixtures/blind50)", measurementOnly: true },
  { name: 'blind51', title: "project's blind set blind51, measurement only (test/fixtures/blind51)", measurementOnly: true },
  { name: 'blind52', title: "project's blind set blind52, measurement only (test/fixtures/blind52)", measurementOnly: true },
  { name: 'blind53', title: "project's blind set blind53, measurement only (test/fixtures/blind53)", measurementOnly: true },
];
