/** Everything the complaints service serves on the bus and publishes to its stream. */
export const ComplaintsBus = {
  service: 'complaints',
  stream: 'COMPLAINTS',
  streamSubjects: 'complaints.events.>',
  commands: {
    register: 'complaints.register',
  },
  queries: {
    get: 'complaints.get',
  },
  events: {
    complaintRegistered: 'complaints.events.complaint.registered',
  },
} as const;
