// Words that name people other than the client and the therapist: family, work, school and
// services. Shared by the ConText classifier (who acts) and the language rule (whose words).

export const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

export const OTHER_PEOPLE = wordSet(
  'mother mom mum father dad parent parents partner husband wife spouse boyfriend girlfriend fiance fiancee ex sister brother ' +
    'sibling siblings son daughter child children kid kids boss manager coworker coworkers co-worker co-workers colleague colleagues ' +
    'friend friends roommate roommates flatmate flatmates teacher teachers grandmother grandfather grandma grandpa grandparents aunt ' +
    'uncle cousin doctor gp psychiatrist nurse landlord neighbor neighbour employer family someone people staff ' +
    'worker keyworker caseworker coordinator ' +
    // Plurals only: "the clinician" and "the counsellor" may be the therapist writing.
    'professionals therapists counsellors counselors clinicians doctors nurses',
);
