#pragma once

// Page margins of an official document in millimetres (Nghị định 30/2020, Phụ lục I:
// top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm). A landscape page keeps them
// relative to the reading direction: the left margin is still on the left of the text.
struct DocumentMargins
{
    double top = 20;
    double bottom = 20;
    double left = 30;
    double right = 15;

    bool isValid() const
    {
        const auto within = [](double value, double low, double high) { return value >= low && value <= high; };
        return within(top, 20, 25) && within(bottom, 20, 25) && within(left, 30, 35) && within(right, 15, 20);
    }
};
