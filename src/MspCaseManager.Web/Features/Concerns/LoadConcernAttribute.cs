using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>
/// Loads the concern named by the route's <c>{id}</c>, tracked and with its decisions, for a page
/// that changes it: <see cref="RecordAccess.Read"/> within <see cref="CaseScope.VisibleConcerns"/>
/// (recording its s42 decision), <see cref="RecordAccess.Edit"/> within
/// <see cref="CaseScope.EditableConcerns"/>, <see cref="RecordAccess.SignOff"/> within
/// <see cref="CaseScope.ReviewableConcerns"/> (see <see cref="LoadRecordFilter{T}"/> for how it refuses).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class LoadConcernAttribute(RecordAccess access) : Attribute, IFilterFactory
{
    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider)
    {
        var db = serviceProvider.GetRequiredService<MspDbContext>();
        return new LoadRecordFilter<Concern>(
            access,
            (user, id) => (access switch
            {
                RecordAccess.Edit => db.EditableConcerns(user),
                RecordAccess.SignOff => db.ReviewableConcerns(user),
                _ => db.VisibleConcerns(user),
            }).Include(c => c.Decisions).SingleOrDefaultAsync(c => c.Id == id),
            (user, id) => db.VisibleConcerns(user).AnyAsync(c => c.Id == id));
    }
}
