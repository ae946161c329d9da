using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.People;

/// <summary>
/// Loads the adult named by the route's <c>{id}</c>, tracked, for a page that changes their
/// record: within <see cref="CaseScope.EditableAdults"/>, or <see cref="CaseScope.RestrictableAdults"/>
/// for restricting it (see <see cref="LoadRecordFilter{T}"/> for how it refuses).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class LoadAdultAttribute : Attribute, IFilterFactory
{
    /// <summary>For the pages that restrict the record and lift the restriction (the team's managers).</summary>
    public bool Restricting { get; init; }

    /// <summary>With the people important to them and their legal authorities.</summary>
    public bool WithContacts { get; init; }

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider)
    {
        var db = serviceProvider.GetRequiredService<MspDbContext>();
        var restricting = Restricting;
        var withContacts = WithContacts;
        return new LoadRecordFilter<Adult>(
            RecordAccess.Edit,
            (user, id) =>
            {
                var adults = restricting ? db.RestrictableAdults(user) : db.EditableAdults(user);
                if (withContacts)
                {
                    adults = adults.Include(a => a.ImportantPeople).Include(a => a.LegalAuthorities);
                }

                return adults.SingleOrDefaultAsync(a => a.Id == id);
            },
            (user, id) => db.VisibleAdults(user).AnyAsync(a => a.Id == id));
    }
}
