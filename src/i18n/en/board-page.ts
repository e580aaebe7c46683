/** Strings only the board page's server writes (its example of a filled board): no island downloads them. */
export const boardPageText = {
  exampleHeading: 'What a filled board looks like',
  exampleNote:
    'An example, not your groups: once the groups’ links are pasted above, the board shows each group and what it sent like this, and this example goes.',
  exampleLabel: 'Example',
  exampleGroups: ['Team North', 'Team South'],
  exampleFeatures: ['Skip a week', 'Recipe cards'],
};
