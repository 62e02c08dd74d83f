// Sharing: the open plan as a link (in the address bar too), its QR code, and the plan as a file.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "failsafe/formats.hpp"
#include "panels.hpp"
#include "platform.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <qrcodegen.h>

namespace failsafe::app {

void open_share_dialog(App& app) {
    app.open_dialog(Dialog::share);
    UiState& ui = app.ui();
    ui.share_link = app.session().share();  // the address bar shows what was shared
    // A plan too big for any QR version leaves share_qr_size at 0: the dialog says so.
    std::vector<uint8_t> qr(qrcodegen_BUFFER_LEN_MAX), scratch(qrcodegen_BUFFER_LEN_MAX);
    ui.share_qr_size = 0;
    ui.share_qr.clear();
    if (!qrcodegen_encodeText(ui.share_link.c_str(), scratch.data(), qr.data(), qrcodegen_Ecc_LOW, qrcodegen_VERSION_MIN,
                              qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true))
        return;
    const int n = qrcodegen_getSize(qr.data());
    ui.share_qr_size = n;
    ui.share_qr.assign(static_cast<size_t>(n * n), 0);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) ui.share_qr[static_cast<size_t>(y * n + x)] = qrcodegen_getModule(qr.data(), x, y);
}

void share_dialog(App& app) {
    if (!begin_modal(app, "Share this plan")) return;
    UiState& ui = app.ui();
    const float w = std::min(520.f, ImGui::GetMainViewport()->WorkSize.x - 60);
    ImGui::TextDisabled("The whole plan is in the link: no account, no server. Anyone who opens it sees it read-only.");
    ImGui::SetNextItemWidth(w);
    ImGui::InputText("##link", &ui.share_link, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    app.layout().add_last_item("share-link");
    if (ImGui::Button("Copy link")) {
        platform::copy_text(ui.share_link);
        app.toast("Link copied");
    }
    app.layout().add_last_item("share-copy");
    ImGui::SameLine();
    if (ImGui::Button("Save as file")) app.toast(platform::save_text_file(json_filename(app.plan()), plan_to_json(app.plan())));
    app.layout().add_last_item("share-file");
    ImGui::SameLine();
    ImGui::TextDisabled("%d characters", static_cast<int>(ui.share_link.size()));
    // the QR code, with its quiet zone, on white
    const int n = ui.share_qr_size;
    const float side = std::min(260.f, ImGui::GetMainViewport()->WorkSize.y - 260);
    const float module = std::floor(side / static_cast<float>(n + 8));
    if (n > 0 && module >= 1.f) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float total = module * static_cast<float>(n + 8);
        dl->AddRectFilled(p, ImVec2(p.x + total, p.y + total), theme::qr_light());
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (ui.share_qr[static_cast<size_t>(y * n + x)])
                    dl->AddRectFilled(ImVec2(p.x + module * static_cast<float>(x + 4), p.y + module * static_cast<float>(y + 4)),
                                      ImVec2(p.x + module * static_cast<float>(x + 5), p.y + module * static_cast<float>(y + 5)), theme::qr_dark());
        ImGui::Dummy(ImVec2(total, total));
        app.layout().add_last_item("share-qr");
    } else {
        ImGui::TextDisabled(n > 0 ? "The QR code does not fit on this screen."
                                  : "This plan's link is too long for a QR code: share the link or the file.");
    }
    const bool close = close_button(app);
    end_modal(app, close);
}

// Saved entries that could not be read (damaged, or from a newer Failsafe): kept aside unchanged
// until the user downloads or deletes them.

}  // namespace failsafe::app
