// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/BallColor.java.
package hudson.model;

import java.awt.Color;

public enum BallColor implements StatusIcon {
    RED, RED_ANIME, YELLOW, YELLOW_ANIME, BLUE, BLUE_ANIME, GREY, GREY_ANIME, DISABLED, DISABLED_ANIME, ABORTED, ABORTED_ANIME, NOTBUILT, NOTBUILT_ANIME;
    public String getIconName() { throw new UnsupportedOperationException(); }
    public String getIconClassName() { throw new UnsupportedOperationException(); }
    public String getImage() { throw new UnsupportedOperationException(); }
    public String getImageOf(String size) { throw new UnsupportedOperationException(); }
    public String getDescription() { throw new UnsupportedOperationException(); }
    public Color getBaseColor() { throw new UnsupportedOperationException(); }
    public String getHtmlBaseColor() { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    public BallColor anime() { throw new UnsupportedOperationException(); }
    public BallColor noAnime() { throw new UnsupportedOperationException(); }
    public boolean isAnimated() { throw new UnsupportedOperationException(); }
}
