using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Items;

namespace CampaignPlatform.Modules.Rectification.Pages.Rectification;

/// <summary>A step of the item's life the page offers as a button: its page handler, label, and the request behind it.</summary>
internal sealed record ItemStepOffer(string Handler, string LabelZh, string LabelEn, Type Request)
{
    public static readonly IReadOnlyList<ItemStepOffer> All =
    [
        new("claim", "认领", "Claim", typeof(ClaimItem)),
        new("submit", "提交整改", "Submit the fix", typeof(SubmitFix)),
        new("close", "核验销号", "Verify and close", typeof(CloseItem)),
        new("return", "退回", "Return", typeof(ReturnItem)),
        new("lookback", "回头看", "Look back", typeof(RecordLookback)),
        new("list", "挂牌督办", "List for supervision", typeof(ListItem)),
        new("unlist", "摘牌", "Take off the list", typeof(UnlistItem)),
    ];

    public string Label => UiText.Pick(LabelZh, LabelEn);

    /// <summary>
    /// The steps this person may take on the item now: their role may send the step's request and the item's state allows it
    /// (the workflow still decides; a step that became impossible meanwhile is refused with 409).
    /// </summary>
    public static IReadOnlyList<ItemStepOffer> For(ItemDto item, ActorRole role) =>
        All.Where(s => AccessRules.Allows(AccessRules.RolesOf(s.Request), role) && Fits(s.Handler, item)).ToList();

    private static bool Fits(string handler, ItemDto item) => handler switch
    {
        "claim" => item.Status is ItemStatus.Open or ItemStatus.Returned,
        "submit" => item.Status == ItemStatus.Claimed,
        "close" or "return" => item.Status == ItemStatus.Submitted,
        "lookback" => item.Status == ItemStatus.Closed && item.Lookback == LookbackState.Due,
        "list" => item.Status != ItemStatus.Closed && !item.Listed,
        _ => item.Listed,
    };
}
