using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Advocacy;

/// <summary>The four ways an adult can have substantial difficulty being involved (Care Act 2014 s67(4)).</summary>
public enum SubstantialDifficulty
{
    [Label("Understanding relevant information")]
    Understanding,

    [Label("Retaining that information")]
    Retaining,

    [Label("Using or weighing that information as part of being involved")]
    UsingOrWeighing,

    [Label("Communicating their views, wishes or feelings")]
    Communicating,
}
