// Named re-exports of the meeting module: the village-meeting vote and its decision record.
export {
  tallyMeetingVote,
  safeTallyMeetingVote,
  type VoteCount,
  type HouseholdVote,
  type MeetingAttendee,
  type MeetingVoteInput,
  type MeetingItemResult,
  type MeetingMinutesRecord,
  type MeetingVoteOutcome,
} from "./tallyMeetingVote.js";
