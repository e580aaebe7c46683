/** Strings of the answering page the server writes (title, privacy note, links): no phone downloads them. */
export const answerPageText = {
  needsScript: 'This page needs JavaScript to show the questionnaire.',
  answerTitle: 'Answer a Kano questionnaire',
  answerDescription:
    'Answer a Kano questionnaire one feature at a time; your answers stay on this device until you share your code.',
  privacy:
    'Nothing you type here is sent anywhere: the page has no server to send it to. Answers are kept in this browser only, until you choose to share your code.',
  builderLink: 'Build a questionnaire',
  toolLink: 'Kano classifier',
  trainersLink: 'Running a Kano survey with a group',
  forTrainers: 'Running a session?',
};
