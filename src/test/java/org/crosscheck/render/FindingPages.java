package org.crosscheck.render;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reads the finding cards the page shows, page by page, as a reader paging through them would. */
final class FindingPages {
    private FindingPages() {
    }

    static List<String> rendered(HeadlessChromium browser) {
        return browser.driver().findElements(By.cssSelector("#finding-list [data-finding-id]")).stream()
                .map(card -> card.getAttribute("data-finding-id")).toList();
    }

    /** Ticks every severity, then collects the ids of all cards from the first page to the last. */
    static List<String> allRendered(HeadlessChromium browser) {
        for (WebElement box : browser.driver().findElements(By.cssSelector("input[name=severity]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        List<String> ids = new ArrayList<>(rendered(browser));
        WebElement next = browser.driver().findElement(By.id("page-next"));
        while (next.isEnabled()) {
            next.click();
            ids.addAll(rendered(browser));
        }
        return ids;
    }
}
