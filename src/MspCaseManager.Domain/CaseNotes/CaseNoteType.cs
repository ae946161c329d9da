using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.CaseNotes;

public enum CaseNoteType
{
    [Label("Conversation with the adult")]
    ConversationWithAdult,

    [Label("Phone")]
    Phone,

    [Label("Visit")]
    Visit,

    [Label("Other agency")]
    OtherAgency,

    [Label("Manager oversight")]
    ManagerOversight,

    [Label("Other")]
    Other,
}
