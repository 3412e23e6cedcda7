// How notes head their goals: a heading ("Treatment goals") and a label line of its own ("Goals we agreed, in his words:").
// Read by the goals rule, which states what the lines under them say, and by the rupture rules, for which a goal in the client's
// words ("3. "Stop checking his phone."") is what they want, not something said to the therapist.

// A heading that holds goals: "Goals", "Treatment goals", "Goals (in her words)"; not "Formulation and goals".
export const GOALS_HEADING = /^(?:(?:treatment|tx|therapy|client'?s?|smart|initial|shared|additional|further|other|new|secondary|revised|updated|measurable|short[- ]term|long[- ]term)\s+)?(?:goals?|objectives|targets)\b|^added (?:by|after|later|since)\b/i;

// A goals label alone on its line, ending in a colon.
// "Goals Darlene picked at our meeting:" names who set them; "Added by me after the meeting:" heads goals added later.
export const GOALS_LABEL = /^\s*(?:(?:additional|further|other|treatment|tx|therapy|short[- ]term|long[- ]term|smart|client'?s?|initial|main|shared|secondary|measurable|clinical|clinician-set|team)\s+)*(?:goals?|objectives?|targets?|aims?)\b(?:[^:.;]|(?<=\b[A-Z])\.){0,100}:\s*$|^\s*added (?:by|after|later|since)\b[^:;]{0,100}:\s*$/i;
